export {of2021} from '@xxgk/testkit'
