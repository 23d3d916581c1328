import { describe, expect, it } from 'vitest';
import { ImportError } from './plan-import.document';
import type { ProposedMeasure } from './plan-import.proposed';
import { proposePlan } from './plan-import.rules';
import { textToDocument } from './plan-import.text';

// Small plans, one per style of document the importer meets (issue 15), written by hand.

const propose = (text: string) => proposePlan(textToDocument(text));
const units = (m: ProposedMeasure) => ({ lead: m.lead, participating: m.participating, deadline: m.deadline });

const TABLE_STYLE = `江城市人民政府办公室
关于印发江城市优化营商环境行动计划（2023年）的通知
江政办发[2023]5号
各区、县级市人民政府，市政府各部门：
《江城市优化营商环境行动计划（2023年）》已经市政府同意，现印发给你们，请认真贯彻落实。
江城市人民政府办公室
二〇二三年三月十五日
— 1 —
江城市优化营商环境行动计划（2023年）
为持续优化营商环境，激发市场主体活力，结合我市实际，制定本行动计划。
一、工作目标
到2023年底，市场主体总量达到50万户，企业开办时间压缩至1个工作日以内，政务服务事项网上可办率不低于95%。
二、重点任务
序号\t重点任务\t牵头单位\t配合单位\t完成时限
1\t推行企业开办全程网办\t市市场监管局\t市公安局、市税务局\t2023年6月底前
2\t深化工程建设项目审批制度改革\t市住建局\t市自然资源局，各区、县级市\t2023年底前
3\t优化纳税服务\t市税务局\t各有关单位\t长期坚持
三、保障措施
（一）加强组织领导。各区、县级市要建立工作机制。
（二）强化督导考核。市政府督查室定期通报进展。
`;

const UNIT_LINE_STYLE = `清河县2024年乡村振兴工作要点
一、主要目标
全县农村居民人均可支配收入由2023年的18000元提高到20000元，农村生活垃圾无害化处理率保持在100%，农村集体经济持续壮大。
二、重点工作
（一）产业振兴
1.发展特色种植。扩大中药材种植面积。
责任单位：县农业农村局、县林业局、各镇（街道）
完成时限：2024年底前
2.壮大村集体经济。
责任单位：县委组织部、县财政局、各乡镇
（二）人才振兴
3.培育高素质农民。
牵头单位：县农业农村局
配合单位：县人力资源和社会保障局
4.引进返乡创业人才。
三、保障措施
（一）强化组织领导。
（二）加强考核。
清河县人民政府
2024年2月1日
`;

const PARENTHESIS_STYLE = `南岭市人民政府
关于印发《南岭市数字经济发展三年行动计划（2022-2024年）》的通知
南政发〔2022〕12号
一、总体要求
（一）指导思想。坚持以数字化转型为主线。
（二）发展目标。到2024年，数字经济核心产业增加值占GDP比重超过10%，规模以上工业企业数字化改造覆盖率达到80%，单位GDP能耗下降到0.5吨。
二、重点任务
1.加快5G网络建设。新建5G基站3000个。（市工业和信息化局牵头，市通信发展管理办公室、各县（市、区）配合）
2.推进工业互联网应用。（市工信局牵头，各县（市、区）政府配合，2023年底前完成）
3.培育数字经济企业。（市发改委、市科技局牵头，持续推进）
4.建设数据中心。（牵头单位：市大数据局；配合单位：各项目牵头单位；完成时限：2024年底前）
5.完善数字治理。（责任单位：市大数据局、市委网信办、各区、县级市）
三、保障措施
（一）加强统筹协调。
`;

describe('a plan whose tasks are a task-split table', () => {
  const plan = propose(TABLE_STYLE);

  it('reads the header, with the issuing date in Chinese numerals and a single-year period', () => {
    expect(plan.plan).toMatchObject({
      title: '江城市优化营商环境行动计划（2023年）',
      issuer: '江城市人民政府办公室',
      docNumber: '江政办发[2023]5号',
      issuedOn: '2023-03-15',
      startsOn: '2023-01-01',
      endsOn: '2023-12-31',
      summary: '为持续优化营商环境，激发市场主体活力，结合我市实际，制定本行动计划。',
    });
  });

  it('reads three indicators from one sentence, one of them to be brought down', () => {
    expect(plan.goals).toHaveLength(1);
    expect(plan.goals[0]!.indicators.map((i) => [i.name, i.target, i.unit, i.direction, i.targetDate])).toEqual([
      ['市场主体总量', 50, '万户', 'INCREASE', '2023-12-31'],
      ['企业开办时间', 1, '个工作日', 'DECREASE', '2023-12-31'],
      ['政务服务事项网上可办率', 95, '%', 'INCREASE', '2023-12-31'],
    ]);
  });

  it('makes a measure of every row, in place, with its units and deadline; group names stay whole', () => {
    expect(plan.measures.map((m) => [m.kind, m.number, m.title])).toEqual([
      ['MEASURE', '1', '推行企业开办全程网办'],
      ['MEASURE', '2', '深化工程建设项目审批制度改革'],
      ['MEASURE', '3', '优化纳税服务'],
      ['SAFEGUARD', '（一）', '加强组织领导'],
      ['SAFEGUARD', '（二）', '强化督导考核'],
    ]);
    expect(plan.measures.slice(0, 3).map(units)).toEqual([
      { lead: ['市市场监管局'], participating: ['市公安局', '市税务局'], deadline: '2023年6月底前' },
      { lead: ['市住建局'], participating: ['市自然资源局', '各区、县级市'], deadline: '2023年底前' },
      { lead: ['市税务局'], participating: ['各有关单位'], deadline: '长期坚持' },
    ]);
    expect(plan.measures[0]!.source).toBe(
      '1 | 推行企业开办全程网办 | 市市场监管局 | 市公安局、市税务局 | 2023年6月底前',
    );
  });

  it('reads the same table written with bars, as pasted from a web page', () => {
    const barred = propose(
      TABLE_STYLE.replace(
        /^序号.*\n(?:.*\t.*\n)+/m,
        `| 编号 | 工作内容 | 责任单位 | 协同单位 | 时间节点 |
|---|---|---|---|---|
| 1 | 推行企业开办全程网办 | 市市场监管局 | 市公安局、市税务局 | 2023年6月底前 |
｜2｜深化工程建设项目审批制度改革｜市住建局｜市自然资源局，各区、县级市｜2023年底前｜
| 3 | 优化纳税服务 | 市税务局 | 各有关单位 | 长期坚持 |
`,
      ),
    );
    expect(barred.measures.filter((m) => m.kind === 'MEASURE').map(units)).toEqual(
      plan.measures.slice(0, 3).map(units),
    );
  });
});

describe('a task table with one column for all the units', () => {
  it('reads a unit marked （牵头）, labels inside the cell, and the first of a plain list as the lead', () => {
    const plan = propose(`一、重点任务
序号\t工作任务\t责任单位\t完成时限
1\t建设智慧园区\t市财政局、市工信局（牵头）\t2024年底前
2\t培育链主企业\t牵头单位：市发改委；配合单位：各区、县级市\t持续推进
3\t完善人才政策\t市人社局、市教育局\t长期坚持`);
    expect(plan.measures.map(units)).toEqual([
      { lead: ['市工信局'], participating: ['市财政局'], deadline: '2024年底前' },
      { lead: ['市发改委'], participating: ['各区、县级市'], deadline: '持续推进' },
      { lead: ['市人社局'], participating: ['市教育局'], deadline: '长期坚持' },
    ]);
  });
});

describe('a plan that names units on a line of their own (责任单位：…)', () => {
  const plan = propose(UNIT_LINE_STYLE);

  it('reads the title, the year and the date at the foot of the document', () => {
    expect(plan.plan).toMatchObject({
      title: '清河县2024年乡村振兴工作要点',
      issuer: '清河县人民政府',
      docNumber: null,
      issuedOn: '2024-02-01',
      startsOn: '2024-01-01',
      endsOn: '2024-12-31',
    });
  });

  it('reads a baseline (由…提高到…) and keeps a qualitative goal without a number', () => {
    const [income, waste, collective] = plan.goals[0]!.indicators;
    expect(income).toMatchObject({
      name: '农村居民人均可支配收入',
      baseline: 18000,
      baselineYear: 2023,
      target: 20000,
    });
    expect(waste).toMatchObject({ name: '农村生活垃圾无害化处理率', target: 100, unit: '%' });
    expect(collective).toMatchObject({ name: '农村集体经济', target: null, targetKind: 'QUALITATIVE' });
  });

  it('gives each measure its own units: the first 责任单位 leads; 牵头/配合 lines are read together', () => {
    const [industry, talent] = plan.measures;
    expect([industry!.kind, industry!.title, talent!.title]).toEqual(['PROJECT', '产业振兴', '人才振兴']);
    expect(industry!.children.map(units)).toEqual([
      { lead: ['县农业农村局'], participating: ['县林业局', '各镇（街道）'], deadline: '2024年底前' },
      { lead: ['县委组织部'], participating: ['县财政局', '各乡镇'], deadline: null },
    ]);
    expect(talent!.children.map((m) => m.number)).toEqual(['3.', '4.']);
    expect(units(talent!.children[0]!)).toEqual({
      lead: ['县农业农村局'],
      participating: ['县人力资源和社会保障局'],
      deadline: null,
    });
  });

  it('flags the measure whose lead it could not find', () => {
    const flagged = plan.measures.flatMap((m) => m.children).filter((m) => m.flags.length > 0);
    expect(flagged.map((m) => [m.title, m.flags])).toEqual([
      ['引进返乡创业人才', [{ code: 'NO_LEAD', reason: '未找到牵头单位，请指定' }]],
    ]);
  });
});

describe('a plan that names units in a trailing parenthesis (X牵头，Y、Z配合)', () => {
  const plan = propose(PARENTHESIS_STYLE);

  it('finds the goals inside 总体要求 and reads a period written 2022-2024年', () => {
    expect(plan.plan).toMatchObject({
      title: '南岭市数字经济发展三年行动计划（2022-2024年）',
      issuer: '南岭市人民政府',
      docNumber: '南政发〔2022〕12号',
      issuedOn: null,
      startsOn: '2022-01-01',
      endsOn: '2024-12-31',
    });
    expect(plan.goals.map((g) => g.title)).toEqual(['发展目标']);
    expect(plan.goals[0]!.indicators.map((i) => [i.name, i.target, i.unit, i.direction])).toEqual([
      ['数字经济核心产业增加值占GDP比重', 10, '%', 'INCREASE'],
      ['规模以上工业企业数字化改造覆盖率', 80, '%', 'INCREASE'],
      ['单位GDP能耗', 0.5, '吨', 'DECREASE'],
    ]);
  });

  it('reads every form of the parenthesis, and takes it out of the measure’s text', () => {
    expect(plan.measures.filter((m) => m.kind === 'MEASURE').map(units)).toEqual([
      { lead: ['市工业和信息化局'], participating: ['市通信发展管理办公室', '各县（市、区）'], deadline: null },
      { lead: ['市工信局'], participating: ['各县（市、区）政府'], deadline: '2023年底前完成' },
      { lead: ['市发改委', '市科技局'], participating: [], deadline: '持续推进' },
      { lead: ['市大数据局'], participating: ['各项目牵头单位'], deadline: '2024年底前' },
      { lead: ['市大数据局'], participating: ['市委网信办', '各区、县级市'], deadline: null },
    ]);
    expect(plan.measures[0]!.description).toBe('新建5G基站3000个。');
    expect(plan.measures[1]!.description).toBeNull();
  });
});

const WORK_POINTS_STYLE = `东平市市场监督管理局
2024年东平市知识产权工作要点
一、加强知识产权创造
（一）推动高价值专利培育。支持企业围绕重点产业开展专利布局，全年新增发明专利授权量达到800件。（市市场监管局牵头，
市科技局、各县（市、区）配合）
（二）实施商标品牌战略。培育一批区域公用品牌。
责任单位：市市场监管局、市农业农村局
二、强化知识产权保护
（一）加强行政执法。开展专项行动，查处侵权假冒案件不少于200件。（市市场监管局牵头，市公安局配合）
三、重点任务清单
序号|重点任务|具体措施|牵头单位|配合单位|完成时限
1|知识产权运用|开展质押融资入园惠企活动|市地方金融监管局|市市场监管局|2024年底前
2||建设专利导航服务基地|市市场监管局|市工信局|2024年6月底前
`;

describe('work points (工作要点): each part a task area, a list table grouped by its first column', () => {
  const plan = propose(WORK_POINTS_STYLE);

  it('makes a project of each area and of each group of the table, and says it found no goals', () => {
    expect(plan.measures.map((m) => [m.kind, m.title, m.children.map((c) => c.title)])).toEqual([
      ['PROJECT', '加强知识产权创造', ['推动高价值专利培育', '实施商标品牌战略']],
      ['PROJECT', '强化知识产权保护', ['加强行政执法']],
      ['PROJECT', '知识产权运用', ['开展质押融资入园惠企活动', '建设专利导航服务基地']],
    ]);
    expect(plan.flags.map((f) => f.code)).toEqual(['NO_GOALS']);
  });

  it('joins a unit parenthesis a line wrap cut, and reads a measure’s numeric target', () => {
    const patents = plan.measures[0]!.children[0]!;
    expect(units(patents)).toEqual({
      lead: ['市市场监管局'],
      participating: ['市科技局', '各县（市、区）'],
      deadline: null,
    });
    expect(patents.indicators.map((i) => [i.name, i.target, i.unit, i.targetDate])).toEqual([
      ['全年新增发明专利授权量', 800, '件', '2024-12-31'],
    ]);
    expect(plan.measures[2]!.children.map(units)).toEqual([
      { lead: ['市地方金融监管局'], participating: ['市市场监管局'], deadline: '2024年底前' },
      { lead: ['市市场监管局'], participating: ['市工信局'], deadline: '2024年6月底前' },
    ]);
  });
});

const ANNEX_TABLE = `某市推进养老服务体系建设实施方案（2023—2025年）
一、主要目标
到2025年，养老机构护理型床位占比不低于55%。
二、重点任务
（一）完善居家养老服务。推进社区嵌入式养老。
（二）发展普惠养老。扩大普惠床位供给。
三、保障措施
（一）加强组织领导。
附件：重点任务分工表
序号|重点任务|牵头单位|配合单位|完成时限
1|完善居家养老服务|市民政局|市卫生健康委、各区、县级市|2024年底前
2|发展普惠养老|市发展改革委|市民政局|持续推进
3|加强养老人才培养|市人力资源社会保障局|市教育局|2025年底前
`;

describe('a plan whose units are in a task-split table annexed to it', () => {
  it('gives the prose measures the units of their rows, and flags a row that matches none', () => {
    const plan = propose(ANNEX_TABLE);
    expect(
      plan.measures.map((m) => [m.kind, m.title, m.lead, m.participating, m.deadline, m.flags.map((f) => f.code)]),
    ).toEqual([
      ['MEASURE', '完善居家养老服务', ['市民政局'], ['市卫生健康委', '各区、县级市'], '2024年底前', []],
      ['MEASURE', '发展普惠养老', ['市发展改革委'], ['市民政局'], '持续推进', []],
      ['SAFEGUARD', '加强组织领导', [], [], null, []],
      ['MEASURE', '加强养老人才培养', ['市人力资源社会保障局'], ['市教育局'], '2025年底前', ['TABLE_ROW_UNMATCHED']],
    ]);
    expect(plan.measures[0]!.source).toBe(
      '（一）完善居家养老服务。推进社区嵌入式养老。\n1 | 完善居家养老服务 | 市民政局 | 市卫生健康委、各区、县级市 | 2024年底前',
    );
  });
});

const CHAPTERS = `西城区人民政府办公室
关于印发《西城区2023年深化“放管服”改革优化营商环境工作要点》的通知
西政办发〔2023〕3号
第一部分　总体要求
一、指导思想
坚持以人民为中心。
二、工作目标
力争到2023年底，政务服务事项“一网通办”率达到98%以上，企业开办时间由3个工作日压缩至1个工作日。
第二部分　主要任务
一、持续提升政务服务效能（牵头单位：区政务服务中心）
1.深化“一网通办”。推动更多事项网上办理。（责任单位：区政务服务中心、区大数据局，各街道）
2.推进“跨省通办”。
二、优化市场环境
3.规范涉企检查。（牵头单位：区市场监管局 配合单位：区商务局）
第三部分　工作要求
一、加强组织领导。成立工作专班。
二、强化督查考核。
`;

describe('a plan in chapters (第一部分), its safeguards called 工作要求', () => {
  const plan = propose(CHAPTERS);

  it('finds the goals in 总体要求 and reads a baseline written 由3个工作日压缩至1个工作日', () => {
    expect(plan.goals[0]!.indicators.map((i) => [i.name, i.baseline, i.target, i.unit, i.direction])).toEqual([
      ['政务服务事项“一网通办”率', null, 98, '%', 'INCREASE'],
      ['企业开办时间', 3, 1, '个工作日', 'DECREASE'],
    ]);
  });

  it('nests 一、 under 第二部分, reads units on a heading, and makes 工作要求 the safeguards', () => {
    expect(
      plan.measures.map((m) => [m.kind, m.title, m.lead, m.children.map((c) => [c.title, c.lead, c.participating])]),
    ).toEqual([
      [
        'PROJECT',
        '持续提升政务服务效能',
        ['区政务服务中心'],
        [
          ['深化“一网通办”', ['区政务服务中心'], ['区大数据局', '各街道']],
          ['推进“跨省通办”', [], []],
        ],
      ],
      ['PROJECT', '优化市场环境', [], [['规范涉企检查', ['区市场监管局'], ['区商务局']]]],
      ['SAFEGUARD', '加强组织领导', [], []],
      ['SAFEGUARD', '强化督查考核', [], []],
    ]);
    // 推进“跨省通办” inherits its project's lead, so it is not flagged.
    expect(plan.measures.flatMap((m) => m.children).flatMap((c) => c.flags)).toEqual([]);
  });
});

const PDF_WRAPPED = `某区优化营商环境实施方案（2023—2025年）
一、主要目标
到2025年，市场主体数量达到10万户，企业满意度不
低于90%。
二、重点任务
（一）优化政务服务。推进“一网通办”，实现政务服务事项全程网办率达到
90%以上。
（区行政审批服务局牵头，区大数据中心配合）
三、保障措施
（一）加强组织领导。
`;

describe('text from a PDF, its lines wrapped mid-sentence', () => {
  it('joins wrapped lines back into sentences before reading them', () => {
    const plan = propose(PDF_WRAPPED);
    expect(plan.goals[0]!.indicators.map((i) => [i.name, i.target, i.unit])).toEqual([
      ['市场主体数量', 10, '万户'],
      ['企业满意度', 90, '%'],
    ]);
    const [service] = plan.measures;
    expect(service!.description).toBe('推进“一网通办”，实现政务服务事项全程网办率达到90%以上。');
    expect(units(service!)).toEqual({ lead: ['区行政审批服务局'], participating: ['区大数据中心'], deadline: null });
  });
});

describe('text that is not a plan', () => {
  const refusal = (text: string) => {
    try {
      propose(text);
    } catch (error) {
      if (error instanceof ImportError) return error.code;
      throw error;
    }
    return 'ACCEPTED';
  };

  it('refuses an empty text, and one of blank lines and page numbers', () => {
    expect(refusal('')).toBe('EMPTY_DOCUMENT');
    expect(refusal('\r\n\u3000\u3000\n — 3 — \n\n')).toBe('EMPTY_DOCUMENT');
  });

  it('refuses prose without a numbered hierarchy, and a hierarchy without tasks', () => {
    expect(refusal('关于做好春节期间安全生产工作的通知\n各单位要高度重视，切实做好安全生产工作。')).toBe('NOT_A_PLAN');
    expect(refusal('某方案\n一、指导思想\n坚持人民至上。\n二、基本原则\n坚持依法办事。')).toBe('NOT_A_PLAN');
  });

  it('keeps a titled excerpt of goals with targets as a plan without measures, flagged', () => {
    const plan = propose(
      '江城市制造业发展实施方案\n一、总体要求\n（一）指导思想。坚持新发展理念。\n（二）发展目标。到2025年，培育形成2个千亿级产业集群，制造业增加值占比35%左右。',
    );
    expect(plan.measures).toEqual([]);
    expect(plan.flags.map((f) => f.code)).toContain('NO_MEASURES');
    expect(plan.goals.flatMap((g) => g.indicators.map((i) => [i.name, i.target, i.unit]))).toEqual([
      ['千亿级产业集群', 2, '个'],
      ['制造业增加值占比', 35, '%'],
    ]);
    // Goals without a single target are not enough.
    expect(refusal('江城市工作方案\n一、工作目标\n营商环境持续优化。\n二、基本原则\n坚持依法办事。')).toBe(
      'NOT_A_PLAN',
    );
  });

  it('makes measures of goals assigned to units, read as indicators too', () => {
    const plan = propose(
      '江城区2023年重点工作任务分解方案\n一、主要预期目标\n1.地区生产总值增长6%左右。\n牵头单位：区发改局\n责任单位：各街道，区统计局\n2.城镇新增就业3000人。\n牵头单位：区人社局',
    );
    expect(plan.goals.flatMap((g) => g.indicators.map((i) => [i.name, i.target, i.unit]))).toEqual([
      ['地区生产总值', 6, '%'],
      ['城镇新增就业', 3000, '人'],
    ]);
    expect(plan.measures.map((m) => [m.number, m.title, m.lead, m.participating])).toEqual([
      ['1.', '地区生产总值增长6%左右', ['区发改局'], ['各街道', '区统计局']],
      ['2.', '城镇新增就业3000人', ['区人社局'], []],
    ]);
    // A measure's title is read for its target too.
    expect(plan.measures.map((m) => m.indicators.map((i) => [i.name, i.target]))).toEqual([
      [['地区生产总值', 6]],
      [['城镇新增就业', 3000]],
    ]);
  });

  it('makes a task part with a theme a project over its items, and one that only labels them not', () => {
    const plan = propose(
      '江城市人才工程实施意见\n一、实施人才引进计划\n（一）引进领军人才。（牵头单位：市人社局）\n（二）引进青年人才。（牵头单位：市教育局）\n二、强化组织实施\n1.加强领导。市人才工作领导小组统筹协调。\n三、保障措施\n（一）落实经费。\n四、加强组织领导。成立工作专班。',
    );
    expect(plan.measures.map((m) => [m.number, m.title, m.kind, m.children.length])).toEqual([
      ['一、', '实施人才引进计划', 'PROJECT', 2],
      ['二、', '强化组织实施', 'SAFEGUARD', 1],
      ['（一）', '落实经费', 'SAFEGUARD', 0],
      ['四、', '加强组织领导', 'SAFEGUARD', 0],
    ]);
  });

  it('leaves the signature and date under the text out of the last item, and reads a deadline from prose', () => {
    const plan = propose(
      '东山县商业体系建设方案\n一、主要任务\n（一）完善县城商业设施。改造提升商贸中心，2024年底前完成。（县商务局牵头）\n二、保障措施\n（一）加大资金支持。县财政统筹资金。\n东山县人民政府办公室\n2023年4月10日',
    );
    const [task, safeguard] = plan.measures;
    expect(task).toMatchObject({ deadline: '2024年底前完成', lead: ['县商务局'] });
    expect(task!.flags.map((f) => f.code)).toEqual(['DEADLINE_FROM_PROSE']);
    expect(safeguard).toMatchObject({ description: '县财政统筹资金。', indicators: [] });
    expect(plan.plan).toMatchObject({ issuer: '东山县人民政府办公室', issuedOn: '2023-04-10' });
  });

  it('makes a goal of an indicator table in the goals part', () => {
    const plan = propose(
      '示例市生态保护方案（2021—2025年）\n一、主要目标\n到2025年，生态环境持续改善。\n指标\t单位\t2020年\t2025年\n空气质量优良天数比率\t%\t85\t90\n二、重点任务\n（一）治理扬尘。（责任单位：市住建局）',
    );
    expect(plan.goals.flatMap((g) => g.indicators.filter((i) => i.targetKind === 'NUMERIC'))).toMatchObject([
      { name: '空气质量优良天数比率', unit: '%', baseline: 85, target: 90, targetDate: '2025-12-31' },
    ]);
    expect(plan.measures.map((m) => m.title)).toEqual(['治理扬尘']);
  });

  it('reads a table’s 责任单位 column beside a 牵头单位 column as the units taking part', () => {
    const plan = propose(
      '江城县重点工作任务分解表\n序号\t目标与任务\t分管县领导\t牵头责任单位\t责任单位\n1\t新增托位400个以上。\t张三\t县教育局\t县各有关单位',
    );
    expect(plan.measures.map(units)).toEqual([{ lead: ['县教育局'], participating: ['县各有关单位'], deadline: null }]);
  });

  it('never crashes and never hangs on hostile text', () => {
    const symbols = Array.from({ length: 20_000 }, (_, i) => '（）()：:；;、，。|｜\t—一1①〔〕'[(i * 7919) % 22]).join(
      '',
    );
    const html = `<html><head><script>var a = "<p>一、</p>";</script></head><body>${'<div><p>&nbsp;</p>'.repeat(2000)}</body></html>`;
    const megaLine = '一、'.concat('提高至'.repeat(350_000));
    const spaces = `一、重点任务\n1.${'。 '.repeat(300_000)}x（`;
    const parens = `一、重点任务\n1.任务${'（'.repeat(200_000)}${'）'.repeat(200_000)}`;
    for (const text of [symbols, html, megaLine, spaces, parens, '\u0000\uffff\ud800', '一、\n（一）\n1.\n（1）\n①']) {
      expect(['ACCEPTED', 'NOT_A_PLAN', 'EMPTY_DOCUMENT']).toContain(refusal(text));
    }
  });

  it('reads a plan with a paragraph of a megabyte, and a table of ten thousand rows', () => {
    const mega = `一、重点任务\n1.建设智慧城市。${'加强，'.repeat(350_000)}（市大数据局牵头）\n2.完善平台。（市工信局牵头）`;
    expect(propose(mega).measures.map((m) => [m.title, m.lead])).toEqual([
      ['建设智慧城市', ['市大数据局']],
      ['完善平台', ['市工信局']],
    ]);
    const rows = Array.from({ length: 10_000 }, (_, i) => `${i + 1}\t任务${i + 1}\t市局${i % 7}`).join('\n');
    expect(propose(`一、重点任务\n序号\t任务\t牵头单位\n${rows}`).measures).toHaveLength(10_000);
  });

  it('reads a plan pasted as HTML', () => {
    const html = `<p>一、主要任务</p><p>1.建设智慧城市。（市大数据局牵头，各区、县级市配合）</p><table><tr><td>a</td></tr></table>`;
    const plan = propose(html);
    expect(plan.measures.map((m) => [m.title, m.lead, m.participating])).toEqual([
      ['建设智慧城市', ['市大数据局'], ['各区、县级市']],
    ]);
  });
});
