import {describe, expect, it} from 'vitest'
import {normalizeLabel} from '../../src/index.js'

describe('normalizeLabel', () => {
  it('should take the number apart in every bracket and point style', () => {
    expect(normalizeLabel('（三）不予公开')).toEqual({number: '(三)', key: '不予公开'})
    expect(normalizeLabel('(三) 不予公开')).toEqual({number: '(三)', key: '不予公开'})
    // Its opening bracket lost, as PDF text exports lose characters.
    expect(normalizeLabel('三）不予公开')).toEqual({number: '(三)', key: '不予公开'})
    expect(normalizeLabel('（三不予公开')).toEqual({number: null, key: '三不予公开'})
    expect(normalizeLabel('一、本年新收政府信息公开申请数量')).toEqual({number: '一', key: '本年新收政府信息公开申请数量'})
    // Characters spread across the cell (分散对齐): the spaces between them are no part of the label.
    expect(normalizeLabel('一 、 本 年 新 收 政 府 信 息 公 开 申 请 数 量')).toEqual({number: '一', key: '本年新收政府信息公开申请数量'})
    expect(normalizeLabel('（ 七 ） 总 计')).toEqual({number: '(七)', key: '总计'})
    expect(normalizeLabel('（ 三 ） 不 予 公 开')).toEqual({number: '(三)', key: '不予公开'})
    expect(normalizeLabel('1. 属 于 国 家 秘 密')).toEqual({number: '1', key: '属于国家秘密'})
    for (const label of ['1.属于国家秘密', '1、属于国家秘密', '1．属于国家秘密', '1. 属于国家秘密', '１.属于国家秘密']) {
      expect(normalizeLabel(label)).toEqual({number: '1', key: '属于国家秘密'})
    }
  })

  it('should drop spaces, quotes and invisible characters', () => {
    expect(normalizeLabel('3. 危及“三安全一稳定”').key).toBe('危及三安全一稳定')
    expect(normalizeLabel('3. 危及"三安全一稳定"').key).toBe('危及三安全一稳定')
    expect(normalizeLabel('结果 维持').key).toBe('结果维持')
    expect(normalizeLabel('行政\u200B许可\u00AD').key).toBe('行政许可')
    expect(normalizeLabel('\u3000规章\u3000').key).toBe('规章')
  })

  it('should keep a label without a number whole', () => {
    expect(normalizeLabel('总计')).toEqual({number: null, key: '总计'})
  })
})
