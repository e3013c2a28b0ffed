import "./lib/zod-config";
import "./app/global.css";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { App, preloadConsole } from "./app/app";
import { BaseProviders } from "./app/providers";
import { StartupError } from "./app/startup-error";
import { startAuth } from "./lib/auth/start-auth";
import { initI18n } from "./lib/i18n/i18n";

// The chosen language's strings load while sign-in starts up; if they cannot, English stays.
const languageReady = initI18n().catch(() => undefined);
void preloadConsole(); // the console's code downloads while sign-in starts up
const root = createRoot(document.getElementById("root") as HTMLElement);

Promise.all([startAuth(), languageReady]).then(
  ([started]) =>
    root.render(
      <StrictMode>
        <App started={started} />
      </StrictMode>,
    ),
  (error: unknown) => {
    console.error("Keyturn could not start", error);
    root.render(
      <StrictMode>
        <BaseProviders>
          <StartupError />
        </BaseProviders>
      </StrictMode>,
    );
  },
);
