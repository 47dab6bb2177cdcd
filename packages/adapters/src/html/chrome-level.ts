import type {Element} from 'hast'

/** Page chrome by tag: site navigation and the like. `header` is weak: articles put their title in one. */
const chromeTags = new Map<string, ChromeLevel>([
  ['nav', 'strong'], ['footer', 'strong'], ['aside', 'strong'], ['form', 'strong'], ['menu', 'strong'],
  ['header', 'weak']
])

/**
 * Words of class names and ids that mark page chrome (`<div class="breadcrumb">`,
 * `id="footer"`), including the pinyin abbreviations Chinese government CMSs use
 * (`dqwz` 当前位置 "you are here", `fx` 分享 share, `yqlj` 友情链接 friendly links).
 * `header`/`head`/`top`/`banner` are weak: an article's header often holds its title.
 */
const chromeWords = new Map<string, ChromeLevel>([
  ...[
    'nav', 'navbar', 'navigation', 'topnav', 'mainnav', 'subnav', 'sidenav', 'leftnav', 'menu', 'menubar',
    'breadcrumb', 'breadcrumbs', 'crumb', 'crumbs', 'footer', 'foot', 'share', 'sharing', 'sidebar', 'aside',
    'toolbar', 'topbar', 'copyright', 'login', 'search', 'sitemap', 'related', 'comment', 'comments', 'social',
    'pagination', 'pager', 'location', 'position', 'dqwz', 'fx', 'yqlj', 'links', 'friendlink', 'advert', 'ads'
  ].map((word): [string, ChromeLevel] => [word, 'strong']),
  ...['header', 'head', 'top', 'banner', 'masthead'].map((word): [string, ChromeLevel] => [word, 'weak'])
])

/** How sure it is that an element is page chrome. */
export type ChromeLevel = 'strong' | 'weak'

/**
 * Whether an element is page chrome, by its tag or the words of its class names and
 * id (split at `-`, `_` and camel case: `article-footer`, `shareBox`): `strong` for
 * navigation, footers, share bars and breadcrumbs, `weak` for headers, `undefined` for
 * content.
 *
 * @example
 *   chromeLevel(h('div', {className: ['breadcrumb']})) // 'strong'
 *   chromeLevel(h('header')) // 'weak'
 */
export function chromeLevel(element: Element): ChromeLevel | undefined {
  let level = chromeTags.get(element.tagName)
  if (level === 'strong') return level
  const {className, id} = element.properties
  const names = [...(Array.isArray(className) ? className : []), ...(typeof id === 'string' ? [id] : [])]
  for (const name of names) {
    for (const word of String(name).split(/[-_\s]+|(?<=[a-z])(?=[A-Z])/u)) {
      const found = chromeWords.get(word.toLowerCase())
      if (found === 'strong') return found
      if (found) level = found
    }
  }
  return level
}
