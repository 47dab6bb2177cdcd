/** Key of one of the three statistical tables of the template. */
export type TableKey = 'activeDisclosure' | 'applications' | 'reviewLitigation'

/**
 * Unit of a cell: a whole count, a whole count that may be negative (the 2019 form's
 * 本年增/减), an amount in 万元 (ten thousand yuan) or in 元 (the 2019 form's 采购总金额).
 */
export type CellUnit = 'count' | 'signed_count' | 'wan_yuan' | 'yuan'

/** Version of the national form a report fills: 2021 (〔2021〕30号) or 2019 (〔2019〕60号). */
export type TemplateId = '2021' | '2019'

/** A column of a template table, as printed in its header. */
export interface TemplateColumn {
  /** Last segment of the cell id (`naturalPerson`, `made`, `upheld`). */
  readonly key: string
  /** Header text as the official form prints it. */
  readonly label: string
  /** Header of the spanning group above this column, if any (`法人或其他组织`). */
  readonly group?: string
  /** Unit of this column's values where it differs from the row's (本年增/减, 采购总金额). */
  readonly unit?: CellUnit
}

/** A row of a template table, as printed in its label column. */
export interface TemplateRow {
  /** Dotted middle segment of the cell id (`granted`, `denied.stateSecret`). */
  readonly key: string
  /** Label text as the official form prints it. */
  readonly label: string
  /** Label of the spanning group cell to the left of this row, if any (`（三）不予公开`). */
  readonly group?: string
  /** Keys of the columns this row has a value in, in printed order. */
  readonly columns: ReadonlyArray<string>
  /** Unit of the values in this row (a column may state its own). */
  readonly unit: CellUnit
}

/** One statistical table of the template. */
export interface TemplateTable {
  readonly key: TableKey
  /** Number of the section the table belongs to (`二`, `三`, `四`); people call it 表二 etc. */
  readonly number: string
  /** Heading of the section, as printed. */
  readonly title: string
  readonly columns: ReadonlyArray<TemplateColumn>
  readonly rows: ReadonlyArray<TemplateRow>
  /**
   * Whether the form prints the table's rows side by side as column groups, with one row
   * of values under them (表四: 行政复议 / 未经复议直接起诉 / 复议后起诉, each over its
   * 结果维持 … 总计): a row of values there has no label, and a row without values is header.
   */
  readonly rowsAsColumnGroups: boolean
}
