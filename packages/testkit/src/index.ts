export {cellEntries} from './cell-entries.js'
export {distinctCells} from './distinct-cells.js'
export {fixtureReport, type FixtureReport} from './fixture-report.js'
export {renderDocx} from './render-docx.js'
export {renderHtml, type RenderHtmlOptions} from './render-html.js'
export {renderText, type RenderTextOptions, type TextLayout} from './render-text.js'
export {
  renderConverterMarkdown,
  type ConverterMarkdownOptions,
  type PageBreakStyle,
  type PageFurniture
} from './render-converter-markdown.js'
export {mulberry32, type Random} from './prng.js'
export {of2021} from './of-template.js'
