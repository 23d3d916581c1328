import { describe, expect, it } from 'vitest';
import {
  columnRole,
  deadlineInProse,
  parseUnits,
  splitUnits,
  trailingUnits,
  unitLine,
  unitsInProse,
} from './plan-import.units.rules';

const brief = (statement: string) => {
  const { lead, participating, deadline } = parseUnits(statement);
  return { lead, participating, deadline };
};

describe('responsible units', () => {
  it('never splits a group name on 、', () => {
    expect(splitUnits('区财政局，各镇、街道')).toEqual(['区财政局', '各镇、街道']);
    expect(splitUnits('市住建局、各区、县级市')).toEqual(['市住建局', '各区、县级市']);
    expect(splitUnits('各县（市、区）、各有关单位、各项目牵头单位')).toEqual([
      '各县（市、区）',
      '各有关单位',
      '各项目牵头单位',
    ]);
    expect(splitUnits('市发改委、市科技局等')).toEqual(['市发改委', '市科技局']);
  });

  it('reads labelled statements: 牵头/配合, 责任 (the first leads), 责任部门/参与部门, a deadline', () => {
    expect(brief('牵头单位：市发改委；配合单位：市财政局、各区、县级市')).toEqual({
      lead: ['市发改委'],
      participating: ['市财政局', '各区、县级市'],
      deadline: null,
    });
    expect(brief('责任单位：区教育局、区财政局')).toEqual({
      lead: ['区教育局'],
      participating: ['区财政局'],
      deadline: null,
    });
    expect(brief('责任部门:区市场监督管理局;参与部门:区发展和改革局,各镇、街道')).toEqual({
      lead: ['区市场监督管理局'],
      participating: ['区发展和改革局', '各镇、街道'],
      deadline: null,
    });
    expect(brief('牵头单位：市发改委、市工信局；完成时限：2023年底前')).toEqual({
      lead: ['市发改委', '市工信局'],
      participating: [],
      deadline: '2023年底前',
    });
  });

  it('reads 牵头责任单位 as the lead and 协同责任单位 as taking part, never the other way round', () => {
    expect(parseUnits('牵头责任单位：省发展改革委。协同责任单位：省财政厅、省商务厅等。')).toMatchObject({
      lead: ['省发展改革委'],
      participating: ['省财政厅', '省商务厅'],
    });
    expect(unitLine('协同责任单位:省政府各部门、各直属机构。')).not.toBeNull();
    expect(unitLine('配合责任单位：市财政局')).not.toBeNull();
  });

  it('reads a lead marked （牵头） in a list of 责任单位', () => {
    expect(brief('责任单位：市财政局、市发改委（牵头）、各区、县级市')).toEqual({
      lead: ['市发改委'],
      participating: ['市财政局', '各区、县级市'],
      deadline: null,
    });
  });

  it('reads the units when a deadline follows the parenthesis, and keeps the deadline', () => {
    expect(
      trailingUnits('新增主题服务10项以上。（牵头单位：市政务服务中心；配合单位：市司法局）2024年6月底前完成。'),
    ).toEqual({
      rest: '新增主题服务10项以上。',
      statement: '牵头单位：市政务服务中心；配合单位：市司法局',
      deadline: '2024年6月底前完成',
    });
    expect(trailingUnits('减少干扰。（市司法局牵头，各镇、街道配合）持续推进。')?.deadline).toBe('持续推进');
    // Text after the parenthesis that is not a deadline: not a trailing statement.
    expect(trailingUnits('（牵头单位：市财政局）之后还有正文内容要说明')).toBeNull();
  });

  it('reads a parenthesis that only gives a deadline', () => {
    expect(trailingUnits('建成数据平台。（2023年底前完成）')).toEqual({
      rest: '建成数据平台。',
      statement: '2023年底前完成',
    });
    expect(brief('2023年底前完成')).toEqual({ lead: [], participating: [], deadline: '2023年底前完成' });
  });

  it('reads X牵头，Y、Z配合 and a deadline among the units', () => {
    expect(brief('由市商务局牵头，市财政局、各县（市、区）配合，长期坚持')).toEqual({
      lead: ['市商务局'],
      participating: ['市财政局', '各县（市、区）'],
      deadline: '长期坚持',
    });
  });

  it('finds a trailing parenthesis and a unit line, and leaves other brackets alone', () => {
    expect(trailingUnits('推进质押融资。（区金融局牵头，各镇、街道配合）。')).toEqual({
      rest: '推进质押融资。',
      statement: '区金融局牵头，各镇、街道配合',
    });
    expect(trailingUnits('在有条件的镇(街道)设立联络员(试点)')).toBeNull();
    expect(unitLine('责任单位：县农业农村局')).toBe('责任单位：县农业农村局');
    expect(unitLine('(责任部门:区市场监督管理局)')).toBe('责任部门:区市场监督管理局');
    expect(unitLine('加强组织领导。')).toBeNull();
  });

  it('guesses units from prose (X会同Y), leaving out vague ones', () => {
    expect(unitsInProse('区市场监督管理局会同相关部门、各镇(街道)积极协调解决问题。')).toMatchObject({
      lead: ['区市场监督管理局'],
      participating: ['各镇(街道)'],
    });
    expect(unitsInProse('加大财政扶持力度。')).toBeNull();
  });

  it('knows a task table’s columns by their many names', () => {
    expect(
      ['序号', '重点任务', '工作内容', '牵头单位', '责任部门', '配合单位', '协同单位', '完成时限', '时间节点'].map(
        columnRole,
      ),
    ).toEqual(['number', 'task', 'task', 'lead', 'units', 'participating', 'participating', 'deadline', 'deadline']);
  });

  it('reads a statement in 〔〕 brackets, drops 按职责分工负责 and the note after it', () => {
    const found = trailingUnits(
      '推进高标准市场体系建设。〔责任单位:省发展改革委、省市场监管局、商务厅按职责分工负责。具体任务均涉及相关市(州)人民政府,不再做分工,下同。〕',
    );
    expect(found?.rest).toBe('推进高标准市场体系建设。');
    expect(brief(found!.statement)).toEqual({
      lead: ['省发展改革委'],
      participating: ['省市场监管局', '商务厅'],
      deadline: null,
    });
    expect(unitLine('【责任单位：县民政局】')).toBe('责任单位：县民政局');
  });

  it('gives a list with no role word the role of the list after it, without 等部门', () => {
    expect(brief('区发改局牵头,区财政局、区水务局等部门,区国投公司、各街道办事处配合')).toEqual({
      lead: ['区发改局'],
      participating: ['区财政局', '区水务局', '区国投公司', '各街道办事处'],
      deadline: null,
    });
  });

  it('reads 责任单位 after a named lead as the units taking part', () => {
    expect(brief('牵头单位:区发改局；责任单位:立山经济开发区,各街道、区直各部门')).toEqual({
      lead: ['区发改局'],
      participating: ['立山经济开发区', '各街道', '区直各部门'],
      deadline: null,
    });
  });

  it('finds a deadline written in prose, but not a target year', () => {
    expect(deadlineInProse('改造提升商贸中心，2024年6月底前建成投用。')).toBe('2024年6月底前建成');
    expect(deadlineInProse('到2025年，建成示范项目3个。')).toBeNull();
  });
});
