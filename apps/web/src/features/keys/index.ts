export { KeysPanel, type KeysPanelProps } from "./components/keys-panel";
