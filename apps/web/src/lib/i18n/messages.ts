/** A namespace tree of messages (a language's resources, or one namespace of them). */
export type MessageTree = { readonly [key: string]: string | MessageTree };

/** Every message of a tree by its full key (`keys.regenerateDialog.title`), in the tree's order. */
export function flattenMessages(tree: MessageTree, prefix = ""): Map<string, string> {
  const entries = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") entries.set(path, value);
    else for (const [child, text] of flattenMessages(value, path)) entries.set(child, text);
  }
  return entries;
}
