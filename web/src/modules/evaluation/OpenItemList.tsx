import { type FragmentType, getFragmentData, graphql } from '../../gql';
import { OPEN_ITEM_KIND } from './verdict';

export const OpenItemList_OpenItem = graphql(`
  fragment OpenItemList_OpenItem on OpenItem {
    kind
    title
    measure { id code }
    department { code name }
    indicator { id code }
    urgeNotice { id }
    reason
  }
`);

/** 遗留事项: what the term leaves open, each with its kind, who answers for it and why. */
export function OpenItemList({ rows }: { rows: readonly FragmentType<typeof OpenItemList_OpenItem>[] }) {
  const items = rows.map((row) => getFragmentData(OpenItemList_OpenItem, row));
  if (items.length === 0) return <p className="empty">没有遗留事项。</p>;
  return (
    <ol className="open-items">
      {items.map((item, i) => (
        <li key={`${item.kind}-${i}`} data-kind={item.kind}>
          <b>【{OPEN_ITEM_KIND[item.kind]}】</b>
          {item.title}
          {item.department && <span className="open-item-department">（{item.department.name}）</span>}
          <div className="evaluation-reason">{item.reason}</div>
        </li>
      ))}
    </ol>
  );
}
