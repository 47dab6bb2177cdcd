/** 表二 as an html table with the template's spans; `values` in template order. */
export function activeDisclosureHtml(values: ReadonlyArray<string> = ['11', '12', '13', '21', '22', '23', '31', '41', '51', '6.5']): string {
  const [a, b, c, d, e, f, g, h, i, j] = values
  const section = (text: string) => `<tr><td colspan="4">${text}</td></tr>`
  return (
    '<table border="1"><tbody>' +
    section('第二十条第（一）项') +
    '<tr><td>信息内容</td><td>本年制发件数</td><td>本年废止件数</td><td>现行有效件数</td></tr>' +
    `<tr><td>规章</td><td>${a}</td><td>${b}</td><td>${c}</td></tr>` +
    `<tr><td>行政规范性文件</td><td>${d}</td><td>${e}</td><td>${f}</td></tr>` +
    section('第二十条第（五）项') +
    '<tr><td>信息内容</td><td colspan="3">本年处理决定数量</td></tr>' +
    `<tr><td>行政许可</td><td colspan="3"><p><span>${g}</span></p></td></tr>` +
    section('第二十条第（六）项') +
    '<tr><td>信息内容</td><td colspan="3">本年处理决定数量</td></tr>' +
    `<tr><td>行政处罚</td><td colspan="3">${h}</td></tr>` +
    `<tr><td>行政强制</td><td colspan="3">&nbsp;${i}&nbsp;</td></tr>` +
    section('第二十条第（八）项') +
    '<tr><td>信息内容</td><td colspan="3">本年收费金额（单位：万元）</td></tr>' +
    `<tr><td>行政事业性收费</td><td colspan="3">${j}</td></tr>` +
    '</tbody></table>'
  )
}

/** The report article: title, period, six headings, 表二 under 二. */
export function reportArticle(agency = '测试县司法局'): string {
  return [
    `<h1>${agency}2024年政府信息公开工作年度报告</h1>`,
    '<div class="article-content">',
    '<p>本年度报告中所列数据的统计期限自2024年1月1日起，至2024年12月31日止。</p>',
    '<p><strong>一、总体情况</strong></p>',
    `<p>2024年，${agency}认真贯彻落实《条例》。</p>`,
    '<p><strong>二、主动公开政府信息情况</strong></p>',
    activeDisclosureHtml(),
    '<p><strong>三、收到和处理政府信息公开申请情况</strong></p>',
    '<p><strong>四、政府信息公开行政复议、行政诉讼情况</strong></p>',
    '<p><strong>五、存在的主要问题及改进情况</strong></p>',
    '<p><strong>六、其他需要报告的事项</strong></p>',
    '</div>'
  ].join('\n')
}

/** A government site's page around an article: every kind of chrome the reader must leave out. */
export function pageWithChrome(article: string, charset = 'utf-8'): string {
  return `<!DOCTYPE html>
<html><head><meta http-equiv="Content-Type" content="text/html; charset=${charset}">
<title>测试县司法局2024年政府信息公开工作年度报告_测试县人民政府</title>
<script>var title = "一、总体情况";</script><style>p { color: red }</style></head>
<body>
<div class="top-bar">欢迎访问测试县人民政府网站 2024年政府信息公开工作年度报告专栏</div>
<div id="header"><div class="logo">测试县人民政府</div></div>
<div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/zwgk">政务公开</a></li></ul></div>
<div class="breadcrumb">当前位置：<a href="/">首页</a> &gt; 测试县司法局2024年政府信息公开工作年度报告</div>
<div class="main"><div class="article">
${article}
<div class="share-box">分享到：微信 微博</div>
</div>
<aside><ul><li><a href="/1">测试县司法局2023年政府信息公开工作年度报告</a></li></ul></aside>
</div>
<noscript>请开启脚本</noscript>
<div class="footer"><p>版权所有：测试县人民政府</p><p>政府信息公开工作年度报告</p></div>
</body></html>`
}
