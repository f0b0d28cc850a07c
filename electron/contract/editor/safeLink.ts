// The link mark as the contract accepts it: web and mail targets only, and nothing else a pasted <a> carried (its class,
// target or rel) is kept, so pasting from a web page never makes a document the contract would refuse.
import Link from '@tiptap/extension-link';
import { isSafeLinkHref } from '../document/safeUrl';

export const LINK_REL = 'noopener noreferrer nofollow';

export const SafeLink = Link.extend({
  addAttributes() {
    return {
      href: { default: null, parseHTML: (element) => element.getAttribute('href') },
      target: { default: '_blank', parseHTML: () => '_blank' },
      rel: { default: LINK_REL, parseHTML: () => LINK_REL },
      class: { default: null, parseHTML: () => null },
      title: { default: null, parseHTML: (element) => element.getAttribute('title')?.slice(0, 1_000) ?? null },
    };
  },
}).configure({ openOnClick: false, autolink: true, protocols: [], isAllowedUri: (url) => isSafeLinkHref(url) });
