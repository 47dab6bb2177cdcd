import {describe, expect, it} from 'vitest'
import {matchSectionHeading} from '../../src/index.js'

describe('matchSectionHeading', () => {
  it('should read headings with their number, a markdown mark, trailing punctuation, spaces or hidden characters', () => {
    expect(matchSectionHeading('一、总体情况')).toEqual({key: 'overview', numbered: true})
    expect(matchSectionHeading('## 二、主动公开政府信息情况')).toEqual({key: 'activeDisclosure', numbered: true})
    expect(matchSectionHeading('总体情况：')).toEqual({key: 'overview', numbered: false})
    expect(matchSectionHeading('六、其他需要报告的事项。 ')).toEqual({key: 'otherMatters', numbered: true})
    expect(matchSectionHeading('五、存在的主要问题及改进情况\u200B')).toEqual({key: 'problems', numbered: true})
    expect(matchSectionHeading('第四部分 政府信息公开行政复议、行政诉讼情况')).toEqual({key: 'reviewLitigation', numbered: true})
    expect(matchSectionHeading('三、收到和处理政府信息公开申请情况（单位：件）')).toBeUndefined()
  })

  it('should read a heading set in markdown bold, as docx-to-markdown tools print it', () => {
    expect(matchSectionHeading('**一、总体情况**')).toEqual({key: 'overview', numbered: true})
    expect(matchSectionHeading('## **四、政府信息公开行政复议、行政诉讼情况**')).toEqual({key: 'reviewLitigation', numbered: true})
    expect(matchSectionHeading('**总体情况**')).toEqual({key: 'overview', numbered: false})
    expect(matchSectionHeading('**一、总体情况**很好')).toBeUndefined()
  })

  it('should read a heading with 政府信息公开工作 before its words, or 的情况 for 情况, as published reports print them', () => {
    // 2019年上海市人民政府办公厅政府信息公开工作年度报告 (shanghai.gov.cn).
    expect(matchSectionHeading('五、政府信息公开工作存在的主要问题及改进情况')).toEqual({key: 'problems', numbered: true})
    expect(matchSectionHeading('四、因政府信息公开工作被申请行政复议、提起行政诉讼的情况')).toEqual({key: 'reviewLitigation', numbered: true})
    expect(matchSectionHeading('政府信息公开工作总体情况')).toEqual({key: 'overview', numbered: false})
    expect(matchSectionHeading('五、政府信息公开工作存在的主要问题及改进情况说明')).toBeUndefined()
    expect(matchSectionHeading('政府信息公开工作')).toBeUndefined()
  })

  it('should read 五 in the wordings reports give it', () => {
    for (const heading of ['五、存在问题及改进情况', '五、存在的问题和改进措施', '五、主要问题及改进情况', '五、政府信息公开工作存在的问题与改进措施']) {
      expect(matchSectionHeading(heading), heading).toEqual({key: 'problems', numbered: true})
    }
    expect(matchSectionHeading('五、存在问题及改进情况如下')).toBeUndefined()
    expect(matchSectionHeading('问题')).toBeUndefined()
  })

  it('should take no sentence or longer phrase for a heading', () => {
    expect(matchSectionHeading('一、总体情况说明')).toBeUndefined()
    expect(matchSectionHeading('本机关总体情况良好')).toBeUndefined()
    expect(matchSectionHeading('总体情况2')).toBeUndefined()
    expect(matchSectionHeading('')).toBeUndefined()
    expect(matchSectionHeading('，。')).toBeUndefined()
  })
})
