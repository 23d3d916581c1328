import { App as AntApp, ConfigProvider, theme } from 'antd';
import zhCN from 'antd/locale/zh_CN';
import { useEffect, useMemo } from 'react';
import { BrowserRouter } from 'react-router';
import { Provider } from 'urql';
import { setSession, useSession } from '../modules/auth/session';
import { FONT } from '../ui/font';
import { createDubanClient } from './client';
import { AppRoutes } from './routes';

/** The root: Chinese locale, system fonts, one urql client per signed-in session. */
export function App() {
  const session = useSession();
  const token = session?.token ?? null;
  const { client, dispose } = useMemo(() => createDubanClient(token, () => setSession(null)), [token]);
  useEffect(() => dispose, [dispose]);
  return (
    <ConfigProvider
      locale={zhCN}
      theme={{
        token: { fontFamily: FONT, colorPrimary: '#b91c1c', borderRadius: 6 },
        algorithm: theme.defaultAlgorithm,
      }}
    >
      <AntApp>
        <Provider value={client}>
          <BrowserRouter>
            <AppRoutes />
          </BrowserRouter>
        </Provider>
      </AntApp>
    </ConfigProvider>
  );
}
