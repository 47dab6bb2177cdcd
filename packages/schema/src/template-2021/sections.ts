/** Key of one of the six canonical sections, in template order. */
export const sectionKeys = [
  'overview',
  'activeDisclosure',
  'applications',
  'reviewLitigation',
  'problems',
  'otherMatters'
] as const

/** Key of a canonical section. */
export type SectionKey = (typeof sectionKeys)[number]

/** Number and heading of each section as the 2021 template prints them. */
export const sectionHeadings: Readonly<Record<SectionKey, {readonly number: string; readonly heading: string}>> = {
  overview: {number: '一', heading: '总体情况'},
  activeDisclosure: {number: '二', heading: '主动公开政府信息情况'},
  applications: {number: '三', heading: '收到和处理政府信息公开申请情况'},
  reviewLitigation: {number: '四', heading: '政府信息公开行政复议、行政诉讼情况'},
  problems: {number: '五', heading: '存在的主要问题及改进情况'},
  otherMatters: {number: '六', heading: '其他需要报告的事项'}
}
