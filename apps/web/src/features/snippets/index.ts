export { SnippetsPanel, type SnippetsPanelProps } from "./components/snippets-panel";
