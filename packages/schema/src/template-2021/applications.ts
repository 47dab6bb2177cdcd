import type {TemplateRow, TemplateTable} from './types.js'

const applicantColumns = [
  'naturalPerson',
  'commercial',
  'research',
  'publicInterest',
  'legalService',
  'otherOrg',
  'total'
] as const

function row(key: string, label: string, group?: string): TemplateRow {
  return group === undefined
    ? {key, label, columns: applicantColumns, unit: 'count'}
    : {key, label, group, columns: applicantColumns, unit: 'count'}
}

const outcomes = '三、本年度办理结果'
const denied = '（三）不予公开'
const unable = '（四）无法提供'
const notProcessed = '（五）不予处理'
const otherDisposal = '（六）其他处理'

/** 三、收到和处理政府信息公开申请情况: applications received and how they were handled. */
export const applicationsTable: TemplateTable = {
  key: 'applications',
  rowsAsColumnGroups: false,
  number: '三',
  title: '收到和处理政府信息公开申请情况',
  columns: [
    {key: 'naturalPerson', label: '自然人'},
    {key: 'commercial', label: '商业企业', group: '法人或其他组织'},
    {key: 'research', label: '科研机构', group: '法人或其他组织'},
    {key: 'publicInterest', label: '社会公益组织', group: '法人或其他组织'},
    {key: 'legalService', label: '法律服务机构', group: '法人或其他组织'},
    {key: 'otherOrg', label: '其他', group: '法人或其他组织'},
    {key: 'total', label: '总计'}
  ],
  rows: [
    row('newReceived', '一、本年新收政府信息公开申请数量'),
    row('carriedOver', '二、上年结转政府信息公开申请数量'),
    row('granted', '（一）予以公开', outcomes),
    row('partiallyGranted', '（二）部分公开（区分处理的，只计这一情形，不计其他情形）', outcomes),
    row('denied.stateSecret', '1.属于国家秘密', denied),
    row('denied.lawForbidden', '2.其他法律行政法规禁止公开', denied),
    row('denied.threeSecurityOneStability', '3.危及“三安全一稳定”', denied),
    row('denied.thirdParty', '4.保护第三方合法权益', denied),
    row('denied.internalAffairs', '5.属于三类内部事务信息', denied),
    row('denied.processInfo', '6.属于四类过程性信息', denied),
    row('denied.enforcementCaseFile', '7.属于行政执法案卷', denied),
    row('denied.inquiryMatter', '8.属于行政查询事项', denied),
    row('unableToProvide.notHeld', '1.本机关不掌握相关政府信息', unable),
    row('unableToProvide.needsCreation', '2.没有现成信息需要另行制作', unable),
    row('unableToProvide.unclear', '3.补正后申请内容仍不明确', unable),
    row('notProcessed.petition', '1.信访举报投诉类申请', notProcessed),
    row('notProcessed.duplicate', '2.重复申请', notProcessed),
    row('notProcessed.publication', '3.要求提供公开出版物', notProcessed),
    row('notProcessed.massRepeated', '4.无正当理由大量反复申请', notProcessed),
    row('notProcessed.confirmation', '5.要求行政机关确认或重新出具已获取信息', notProcessed),
    row(
      'otherDisposal.overdueCorrection',
      '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
      otherDisposal
    ),
    row(
      'otherDisposal.unpaidFee',
      '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
      otherDisposal
    ),
    row('otherDisposal.other', '3.其他', otherDisposal),
    row('total', '（七）总计', outcomes),
    row('carriedForward', '四、结转下年度继续办理')
  ]
}
