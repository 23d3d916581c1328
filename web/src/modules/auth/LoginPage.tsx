import { Alert, Button, Card, Form, Input } from 'antd';
import { useState } from 'react';
import { useLocation, useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { graphql } from '../../gql';
import { setSession } from './session';

const LoginMutation = graphql(`
  mutation Login($username: String!, $password: String!) {
    login(username: $username, password: $password) {
      token
      expiresAt
      user { username displayName role department { code name groups { code } } }
    }
  }
`);

/** Sign in. The server counts failures and slows down repeated guesses; we only show what it says. */
export function LoginPage() {
  const [{ fetching }, login] = useMutation(LoginMutation);
  const [error, setError] = useState<string | null>(null);
  const navigate = useNavigate();
  const location = useLocation();
  const from = (location.state as { from?: string } | null)?.from;

  async function submit(values: { username: string; password: string }) {
    setError(null);
    const result = await login(values);
    const data = result.data?.login;
    if (!data) {
      setError(result.error?.graphQLErrors[0]?.message ?? result.error?.message ?? '登录失败');
      return;
    }
    setSession({ token: data.token, expiresAt: data.expiresAt, user: data.user });
    void navigate(from && from !== '/login' ? from : '/', { replace: true });
  }

  return (
    <main className="login-page">
      <Card className="login-card">
        <h1>
          <span className="brand-mark">督</span> 督办
        </h1>
        <p className="muted">工作方案实时督办平台</p>
        <Form layout="vertical" onFinish={submit} requiredMark={false} disabled={fetching}>
          <Form.Item label="用户名" name="username" rules={[{ required: true, message: '请输入用户名' }]}>
            <Input autoComplete="username" autoFocus />
          </Form.Item>
          <Form.Item label="密码" name="password" rules={[{ required: true, message: '请输入密码' }]}>
            <Input.Password autoComplete="current-password" />
          </Form.Item>
          {error && <Alert type="error" showIcon message={error} className="login-error" />}
          <Button type="primary" htmlType="submit" block loading={fetching}>
            登录
          </Button>
        </Form>
      </Card>
    </main>
  );
}
