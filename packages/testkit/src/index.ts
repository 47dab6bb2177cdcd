export {distinctCells} from './distinct-cells.js'
export {fixtureReport, type FixtureReport} from './fixture-report.js'
export {renderDocx} from './render-docx.js'
export {renderText, type RenderTextOptions, type TextLayout} from './render-text.js'
