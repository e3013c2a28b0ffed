export { TestConsolePanel, type TestConsolePanelProps } from "./components/test-console-panel";
