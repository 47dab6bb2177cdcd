export {defaultPdfLimits, resolvePdfLimits, type PdfLimits} from './limits.js'
export type {PdfContent} from './packed.js'
export {parsePdf, pdfToTree, type PdfOptions} from './parse-pdf.js'
export {readPdf, type EngineOptions} from './read-pdf.js'
