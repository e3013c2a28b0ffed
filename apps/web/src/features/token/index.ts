export { TokenPanel, type TokenPanelProps } from "./components/token-panel";
