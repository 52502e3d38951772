import { defineConfig, devices } from '@playwright/test';
import { chromiumLaunchOptions } from './e2e/support/chromium';
import { appUrl, stacks, type Stack } from './e2e/support/stacks';

// Servers run with a clean environment for the upstream, so a developer's own CEKAT_* never leaks in.
const baseEnv = { CEKAT_API_BASE_URL: '', CEKAT_API_KEY: '' };

function webServer(stack: Stack) {
  const port = `--port ${stack.appPort} --strictPort`;
  const env = { ...baseEnv, EMULATOR_PORT: String(stack.emulatorPort), ...stack.env };
  if (stack.command === 'preview-external') {
    return {
      command: `npm run emulator -- --port ${stack.emulatorPort} ${stack.emulatorArgs ?? ''} & npx vite preview ${port}`,
      url: appUrl(stack),
      env: {
        ...env,
        CEKAT_API_BASE_URL: `http://127.0.0.1:${stack.emulatorPort}`,
        CEKAT_API_KEY: 'second-upstream-key',
      },
      reuseExistingServer: false,
      timeout: 60_000,
    };
  }
  const command = stack.command === 'dev' ? `npm run dev -- ${port}` : `npx vite preview ${port}`;
  return { command, url: appUrl(stack), env, reuseExistingServer: false, timeout: 60_000 };
}

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  timeout: 60_000,
  expect: { timeout: 15_000 },
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: appUrl(stacks.main),
    trace: 'retain-on-failure',
    launchOptions: chromiumLaunchOptions(),
  },
  projects: [
    { name: 'chromium', use: { ...devices['Desktop Chrome'], launchOptions: chromiumLaunchOptions() } },
  ],
  webServer: Object.values(stacks).map(webServer),
});
