// Imported text keeps only links the document contract accepts (http, https, mailto); a relative path or an app's own link
// (dayone://, an Obsidian note) keeps its words as plain text.
import type { DocNode } from '../../contract/doc';
import { isSafeLinkHref } from '../../contract/document/safeUrl';

export function withSafeLinks(node: DocNode): DocNode {
  const marks = node.marks?.filter((mark) => mark.type !== 'link' || isSafeLinkHref(mark.attrs?.href));
  const next: DocNode = { ...node };
  if (node.marks) {
    if (marks?.length) next.marks = marks;
    else delete next.marks;
  }
  if (node.content) next.content = node.content.map(withSafeLinks);
  return next;
}
