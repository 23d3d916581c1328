import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input, Space } from 'antd';

/** 佐证材料: rows of a title and a reference (a link, a file: reference or a document number), added and removed. */
export function EvidenceList() {
  return (
    <Form.Item label="佐证材料">
      <Form.List name="evidence">
        {(fields, { add, remove }) => (
          <>
            {fields.map((field) => (
              <Space key={field.key} align="baseline" wrap className="evidence-row">
                <Form.Item
                  name={[field.name, 'title']}
                  rules={[{ required: true, message: '请填写标题' }]}
                  style={{ width: 200 }}
                >
                  <Input placeholder="标题，如：专利质押融资签约通报" />
                </Form.Item>
                <Form.Item
                  name={[field.name, 'url']}
                  rules={[{ required: true, message: '请填写链接、文件引用或发文字号' }]}
                  style={{ width: 260 }}
                >
                  <Input placeholder="链接或发文字号，如 博市监发〔2025〕41号" />
                </Form.Item>
                <MinusCircleOutlined aria-label="删除" onClick={() => remove(field.name)} />
              </Space>
            ))}
            <Button type="dashed" onClick={() => add({ title: '', url: '' })} icon={<PlusOutlined />}>
              添加佐证材料
            </Button>
          </>
        )}
      </Form.List>
    </Form.Item>
  );
}
