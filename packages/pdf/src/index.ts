export {readPdf, type PdfContent} from './engine.js'
export {defaultPdfLimits, resolvePdfLimits, type PdfLimits} from './limits.js'
export {parsePdf, pdfToTree, type PdfOptions} from './parse-pdf.js'
