import {columnBalance} from './validate/checks/column-balance.js'
import {outcomeTotal} from './validate/checks/outcome-total.js'
import {reviewTotal} from './validate/checks/review-total.js'
import {rowTotal} from './validate/checks/row-total.js'
import type {Extension} from './types.js'

/**
 * The built-in knowledge of the parser, in the same `Extension` shape users pass.
 *
 * `labels` keys: a template row (`applications.denied.lawForbidden`), a template column
 * (`applications[naturalPerson]`) or a group header (`applications{不予公开}`), of
 * whichever template has it, or of one only with `@2019` / `@2021`. Each
 * spelling is compared after `normalizeLabel()`, so spaces, brackets, quotes and
 * numbering never need listing: only wording that differs.
 */
export const defaults: Extension = {
  labels: {
    'applications.newReceived': ['本年新收政府信息公开申请数', '本年新收申请数量', '本年新收政府信息公开申请'],
    'applications.carriedOver': ['上年结转政府信息公开申请数', '上年结转申请数量', '上年结转政府信息公开申请'],
    'applications.partiallyGranted': ['部分公开', '部分公开区分处理的只计这一情形不计其他情形'],
    'applications.denied.lawForbidden': ['其他法律法规禁止公开', '其它法律行政法规禁止公开', '其它法律法规禁止公开'],
    'applications.denied.threeSecurityOneStability': ['危及三安全一稳定的'],
    'applications.unableToProvide.notHeld': [
      '本单位不掌握相关政府信息',
      '本机关不掌握相关的政府信息',
      '本行政机关不掌握相关政府信息',
      '本部门不掌握相关政府信息'
    ],
    'applications.otherDisposal.other': ['其它'],
    'applications.total': ['总计', '合计'],
    'applications.carriedForward': ['结转下年度继续办理的', '结转下年度继续办理申请'],
    'activeDisclosure.normativeDocuments': ['规范性文件', '行政规范性文件'],
    'applications[otherOrg]': ['其它'],
    'applications[total]': ['合计'],
    'activeDisclosure[amount]@2021': ['本年收费金额', '本年收费金额万元', '收费金额单位万元', '收费金额'],
    'reviewLitigation[upheld]': ['维持'],
    'reviewLitigation[corrected]': ['纠正'],
    'reviewLitigation[other]': ['其他', '其它结果', '其它'],
    'reviewLitigation[pending]': ['未审结', '尚未审结的'],
    'reviewLitigation[total]': ['合计'],
    'applications{三、本年度办理结果}': ['本年度办理结果'],
    'applications{（三）不予公开}': ['不予公开'],
    'applications{（四）无法提供}': ['无法提供'],
    'applications{（五）不予处理}': ['不予处理'],
    'applications{（六）其他处理}': ['其他处理', '其它处理'],
    'applications{申请人情况}': ['申请人情况'],
    'applications{法人或其他组织}': ['法人或其他组织', '法人或者其他组织'],
    'applications{本列数据的勾稽关系为}': [
      '本列数据的勾稽关系为第一项加第二项之和等于第三项加第四项之和',
      '本列数据的勾稽关系为'
    ],
    'activeDisclosure{信息内容}': ['信息内容'],
    'activeDisclosure{第二十条第（一）项}': ['第二十条第一项'],
    'activeDisclosure{第二十条第（五）项}': ['第二十条第五项'],
    'activeDisclosure{第二十条第（六）项}': ['第二十条第六项'],
    'activeDisclosure{第二十条第（八）项}': ['第二十条第八项'],
    'activeDisclosure{第二十条第（九）项}': ['第二十条第九项'],
    'activeDisclosure[changeThisYear]': ['本年增加减少', '本年增减数量'],
    'activeDisclosure[previousYearItems]': ['上一年项目数'],
    'reviewLitigation{行政诉讼}': ['行政诉讼']
  },
  checks: [columnBalance, rowTotal, outcomeTotal, reviewTotal]
}
