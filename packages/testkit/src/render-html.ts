import type {FixtureReport} from './fixture-report.js'
import {headingText, reportDocument, reportTitle, type ReportBlock} from './report-document.js'
import {cellText, type GridCell, type GridTable} from './report-tables.js'
import {escapeXml} from './xml-escape.js'

/** Options of {@link renderHtml}. */
export interface RenderHtmlOptions {
  /** Wrap the report in a government site's page (nav bar, breadcrumb, share buttons, footer); default `true`. */
  chrome?: boolean
}

const indent = 'text-indent:2em;'

function cellContent(cell: GridCell, row: number): string {
  if (cell.role === 'value') {
    const text = cellText(cell)
    if (text === '') return '&nbsp;'
    // Rows alternate between bare numbers and the <p><span> a word processor leaves behind.
    return row % 2 === 0
      ? escapeXml(text)
      : `<p style="text-align:center;"><span style="font-size:14px;">${escapeXml(text)}</span></p>`
  }
  if (cell.lines.length > 1) {
    // The official form prints 商业企业 on two lines; one site keeps that as a <br>.
    if (cell.lines.join('') === '商业企业') return cell.lines.map(escapeXml).join('<br>')
    return cell.lines.map((line) => `<p>${escapeXml(line)}</p>`).join('')
  }
  const text = escapeXml(cellText(cell))
  if (cell.role === 'header') return `<span style="font-family:宋体;">${text}</span>`
  return cell.rowSpan > 1 ? `<p style="text-align:center;">${text}</p>` : text
}

function tableHtml(table: GridTable): string {
  const rows = table.rows.map((cells, row) => {
    const tds = cells.map((cell) => {
      const span =
        (cell.colSpan > 1 ? ` colspan="${cell.colSpan}"` : '') + (cell.rowSpan > 1 ? ` rowspan="${cell.rowSpan}"` : '')
      const align = cell.role === 'label' && cell.rowSpan === 1 ? 'left' : 'center'
      return `<td${span} valign="middle" style="text-align:${align};border:1px solid #000;">${cellContent(cell, row)}</td>`
    })
    return '<tr>' + tds.join('') + '</tr>'
  })
  return (
    `<table class="xxgk-table table-${table.number}" border="1" cellspacing="0" cellpadding="0" width="100%" style="border-collapse:collapse;">\n<tbody>\n` +
    rows.join('\n') +
    '\n</tbody>\n</table>\n<p>&nbsp;</p>'
  )
}

function blockHtml(block: ReportBlock, index: number): string {
  switch (block.kind) {
    case 'title':
      return ''
    case 'heading':
      return `<p style="${indent}"><strong>${escapeXml(headingText(block, true))}</strong></p>`
    case 'subheading':
      return `<p style="${indent}"><span style="font-family:楷体,楷体_GB2312;"><strong>${escapeXml(block.text)}</strong></span></p>`
    case 'paragraph':
      // The first paragraph is indented by hand, as text pasted from Word often is.
      return index === 1
        ? `<p>&nbsp;&nbsp;&nbsp;&nbsp;${escapeXml(block.text)}</p>`
        : `<p style="${indent}">${escapeXml(block.text)}</p>`
    case 'table':
      return tableHtml(block.table)
  }
}

function articleHtml(report: FixtureReport): string {
  return reportDocument(report)
    .map(blockHtml)
    .filter((html) => html !== '')
    .join('\n')
}

/** The site-owning government of an agency: `测试县司法局` → `测试县人民政府`. */
function siteOwner(agency: string): string {
  const match = /^(.+?[省市县区州旗])/.exec(agency)
  return (match?.[1] ?? agency) + '人民政府'
}

const style = `body{margin:0;font-family:"Microsoft YaHei",SimSun,sans-serif;color:#333}
.top-bar{background:#f5f5f5;font-size:12px;padding:4px 20px}.header{background:#1f5fa6;color:#fff;padding:20px}
.nav ul{list-style:none;margin:0;padding:0;display:flex;background:#174a82}.nav li a{color:#fff;display:block;padding:10px 24px}
.breadcrumb{padding:10px 20px;font-size:14px}.article{width:1000px;margin:0 auto}.article-title{text-align:center;font-size:24px}
.article-info{text-align:center;color:#888;font-size:13px}.article-info span{margin:0 10px}
.xxgk-table td{padding:4px;font-size:14px}.footer{background:#eee;text-align:center;font-size:12px;padding:20px;margin-top:30px}`

/**
 * A full HTML page of a report. With chrome (the default) the report sits inside the page
 * of a government site — nav bar, breadcrumb, metadata, share buttons, scripts, footer
 * with 版权所有 and ICP备案; without, the page holds only the report. The tables carry the
 * official form's `rowspan`/`colspan`, with the odd `<p>`, `<span>`, `<br>` and `&nbsp;`
 * that pages pasted from Word carry.
 */
export function renderHtml(report: FixtureReport, options: RenderHtmlOptions = {}): string {
  const title = reportTitle(report)
  const article = `<h1 class="article-title">${escapeXml(title)}</h1>\n<div class="article-content" id="zoom">\n${articleHtml(report)}\n</div>`
  if (options.chrome === false) {
    return `<!doctype html>\n<html lang="zh-CN">\n<head>\n<meta charset="utf-8">\n<title>${escapeXml(title)}</title>\n</head>\n<body>\n${article}\n</body>\n</html>\n`
  }
  const owner = escapeXml(siteOwner(report.agency))
  const agency = escapeXml(report.agency)
  const published = `${report.year + 1}-01-20`
  return `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="X-UA-Compatible" content="IE=edge">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="SiteName" content="${owner}">
<meta name="ColumnName" content="政府信息公开年报">
<meta name="ArticleTitle" content="${escapeXml(title)}">
<meta name="PubDate" content="${published} 09:30">
<meta name="ContentSource" content="${agency}">
<title>${escapeXml(title)}_${owner}</title>
<link rel="stylesheet" href="/static/css/common.css">
<style>
${style}
</style>
<script src="/static/js/jquery-1.12.4.min.js"></script>
</head>
<body>
<div class="top-bar"><span>欢迎访问${owner}门户网站</span> <a href="javascript:void(0)" id="wza">无障碍</a> <a href="javascript:void(0)" id="elder">长者模式</a> <a href="/search/">搜索</a></div>
<div class="header"><img src="/static/images/logo.png" alt="${owner}"> <span class="site-name">${owner}</span></div>
<nav class="nav">
<ul>
<li><a href="/">首页</a></li>
<li><a href="/zwgk/">政务公开</a></li>
<li><a href="/zwfw/">政务服务</a></li>
<li><a href="/hdjl/">互动交流</a></li>
<li><a href="/zjwm/">走进${owner.replace('人民政府', '')}</a></li>
</ul>
</nav>
<div class="breadcrumb">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a> &gt; <a href="/zwgk/xxgknb/">政府信息公开年报</a> &gt; 正文</div>
<div class="article">
<div class="article-info"><span>发布时间：${published}</span><span>来源：${agency}</span><span>浏览次数：<em id="hits">--</em></span><span>字号：<a href="javascript:doZoom(18)">大</a> <a href="javascript:doZoom(16)">中</a> <a href="javascript:doZoom(14)">小</a></span></div>
${article}
<div class="share">分享到：<a href="javascript:void(0)" class="share-wechat" title="分享到微信">微信</a> <a href="javascript:void(0)" class="share-weibo" title="分享到新浪微博">微博</a> <a href="javascript:void(0)" class="share-qzone" title="分享到QQ空间">QQ空间</a></div>
<div class="article-tools"><a href="javascript:window.print()">【打印本页】</a> <a href="javascript:window.close()">【关闭窗口】</a></div>
</div>
<div class="footer">
<p>主办单位：${owner}办公室　承办单位：${owner}大数据中心</p>
<p>版权所有：${owner}　<a href="https://beian.miit.gov.cn/" target="_blank">京ICP备05012345号-1</a>　<img src="/static/images/ga.png" alt="">京公网安备 11010502030123号</p>
<p>网站标识码：1100000001　建议使用1366×768分辨率浏览</p>
</div>
<script>
function doZoom(size) { document.getElementById('zoom').style.fontSize = size + 'px' }
$(function () {
  $('.share a').on('click', function () { window.open('https://service.weibo.com/share/share.php?title=' + encodeURIComponent(document.title)) })
  $('#hits').text('1')
})
</script>
</body>
</html>
`
}
