import type { DepartmentSeed } from './seed.type';

/**
 * Departments of Boshan District, Zibo, named in the IP Strong District Pilot plan (博政发〔2022〕8号).
 * Members are listed before any group that references them.
 */
export const departmentSeeds: DepartmentSeed[] = [
  { code: 'market-supervision', name: '区市场监督管理局', kind: 'GOVERNMENT_DEPARTMENT' },
  { code: 'development-reform', name: '区发展和改革局', kind: 'GOVERNMENT_DEPARTMENT' },
  { code: 'science-technology', name: '区科学技术局', kind: 'GOVERNMENT_DEPARTMENT' },
  { code: 'industry-it', name: '区工业和信息化局', kind: 'GOVERNMENT_DEPARTMENT' },
  { code: 'finance', name: '区财政局', kind: 'GOVERNMENT_DEPARTMENT' },
  { code: 'commerce', name: '区商务局', kind: 'GOVERNMENT_DEPARTMENT' },
  { code: 'culture-tourism', name: '区文化和旅游局', kind: 'GOVERNMENT_DEPARTMENT' },
  { code: 'financial-supervision', name: '区地方金融监督管理局', kind: 'GOVERNMENT_DEPARTMENT' },
  { code: 'court', name: '区法院', kind: 'JUDICIAL_ORGAN' },
  { code: 'public-security', name: '区公安分局', kind: 'GOVERNMENT_DEPARTMENT' },
  { code: 'justice', name: '区司法局', kind: 'GOVERNMENT_DEPARTMENT' },
  { code: 'publicity', name: '区委宣传部', kind: 'PARTY_DEPARTMENT' },
  { code: 'human-resources', name: '区人力资源和社会保障局', kind: 'GOVERNMENT_DEPARTMENT' },

  // Subdistricts (街道)
  { code: 'chengdong-subdistrict', name: '城东街道', kind: 'SUBDISTRICT' },
  { code: 'chengxi-subdistrict', name: '城西街道', kind: 'SUBDISTRICT' },
  { code: 'shantou-subdistrict', name: '山头街道', kind: 'SUBDISTRICT' },

  // Towns (镇)
  { code: 'yucheng-town', name: '域城镇', kind: 'TOWN' },
  { code: 'baita-town', name: '白塔镇', kind: 'TOWN' },
  { code: 'badou-town', name: '八陡镇', kind: 'TOWN' },
  { code: 'shima-town', name: '石马镇', kind: 'TOWN' },
  { code: 'yuanquan-town', name: '源泉镇', kind: 'TOWN' },
  { code: 'chishang-town', name: '池上镇', kind: 'TOWN' },
  { code: 'boshan-town', name: '博山镇', kind: 'TOWN' },

  {
    code: 'towns-subdistricts',
    name: '各镇、街道',
    kind: 'GROUP',
    memberCodes: [
      'chengdong-subdistrict',
      'chengxi-subdistrict',
      'shantou-subdistrict',
      'yucheng-town',
      'baita-town',
      'badou-town',
      'shima-town',
      'yuanquan-town',
      'chishang-town',
      'boshan-town',
    ],
  },
  {
    code: 'leadership-group',
    name: '博山区国家知识产权强区建设试点区领导小组',
    kind: 'LEADING_GROUP',
    officeCode: 'market-supervision',
  },
];
