import type { PlanSeed } from './seed.type';

/**
 * 博山区国家知识产权强区试点区建设工作方案(2022—2025年), 博政发〔2022〕8号.
 * Transcribed verbatim from ./boshan-ip-plan-2022-2025.txt.
 */
export const boshanIpPlanSeed: PlanSeed = {
  code: 'boshan-ip-2022-2025',
  title: '博山区国家知识产权强区试点区建设工作方案(2022—2025年)',
  issuer: '博山区人民政府',
  docNumber: '博政发〔2022〕8号',
  issuedOn: '2022-11-18',
  startsOn: '2022-01-01',
  endsOn: '2025-12-31',
  leadingGroupCode: 'leadership-group',
  summary:
    '为推动我区知识产权事业高质量发展,加快知识产权强区试点区建设,全面提升知识产权创造、运用、保护、管理和服务能力,根据《知识产权强国建设纲要(2021-2035年)》《“十四五”国家知识产权保护和运用规划》以及《山东省“十四五”知识产权保护和运用规划》等文件精神,按照《国家知识产权局关于确定国家知识产权强区建设试点示范区和国家级知识产权强国建设试点示范园区的通知》(国知发运函字〔2022〕131号) 和《山东省市场监督管理局关于组织开展国家知识产权强国建设试点示范单位申报工作的通知》(鲁市监知促字〔2022〕23号)等工作安排,结合我区实际,制定本方案。',
  goals: [
    {
      code: 'G1',
      title: '知识产权创造能力明显增强',
      description:
        '从注重数量向提升质量转变,加强知识产权优势企业培育,培育一批高价值核心发明专利,实现高价值专利较大平稳增长。到2025年,每万人发明专利拥有量提高至9件,有效商标注册量累计达到8000件,各类版权作品、软件著作权自愿登记数量显著增长。',
    },
    {
      code: 'G2',
      title: '知识产权运用水平显著提升',
      description:
        '深入推进知识产权与资本要素融合,持续推进知识产权质押融资工作,搭建银企对接平台,促进企业知识产权成果转化。实施专利导航工程,促进知识产权成果转化运用,推动知识产权成果产业化。',
    },
    {
      code: 'G3',
      title: '知识产权保护力度明显加强',
      description:
        '大力推动政府主导、部门联动、群众参与的知识产权保护体系建设,提高知识产权行政执法效率和水平,构建知识产权纠纷多元化解机制。“严保护、大保护、快保护、同保护”的知识产权保护工作格局初步形成。',
    },
    {
      code: 'G4',
      title: '知识产权管理体制更加完善',
      description:
        '继续加强知识产权管理机制建设,建立适应创新体系建设、市场经济发展需要的知识产权工作机制。制定和完善有利于科研创新和经济发展的知识产权规范性文件,引导企事业单位建立知识产权管理制度和激励机制。加大知识产权宣传培训力度,组织对企事业单位知识产权管理人员及知识产权行政执法人员培训,逐步培养一支适应经济社会发展需求的高素质知识产权人才队伍。',
    },
    {
      code: 'G5',
      title: '知识产权服务能力显著提升',
      description:
        '充分利用和发挥省、市知识产权公共服务平台作用,夯实公共服务基础。支持鼓励专利、商标等知识产权代理机构在我区开展知识产权服务工作。大力开展知识产权宣传周、知识产权入园惠企等特色活动。充分利用各种新闻媒体、微信等平台,加大知识产权宣传力度,全区尊重和保护知识产权意识明显提升。',
    },
  ],
  measures: [
    {
      code: 'P1',
      kind: 'PROJECT',
      title: '实施知识产权管理能力提升工程',
      description: null,
      goalCode: 'G4',
      assignments: [
        { departmentCode: 'market-supervision', role: 'LEAD' },
        { departmentCode: 'development-reform', role: 'PARTICIPANT' },
        { departmentCode: 'science-technology', role: 'PARTICIPANT' },
        { departmentCode: 'industry-it', role: 'PARTICIPANT' },
        { departmentCode: 'finance', role: 'PARTICIPANT' },
        { departmentCode: 'towns-subdistricts', role: 'PARTICIPANT' },
      ],
      children: [
        {
          code: 'P1.1',
          kind: 'MEASURE',
          title: '提升知识产权管理综合效能',
          description:
            '加强知识产权改革顶层设计。成立博山区国家知识产权强区建设试点区领导小组,制定《博山区国家知识产权强区试点区建设工作方案》。落实深化知识产权领域行政体制改革的有关部署要求,完善区级知识产权管理体系。进一步完善知识产权协调工作机制,强化知识产权综合协调能力。加强知识产权管理机构和工作队伍建设,在有条件的镇(街道)、特色园区探索设立知识产权联络员。',
        },
        {
          code: 'P1.2',
          kind: 'MEASURE',
          title: '强化知识产权政策导向',
          description:
            '进一步完善知识产权相关政策。加强企业涉外重大经济贸易活动知识产权风险评估和预警,指导涉外企业规范知识产权管理。将知识产权保护和高价值专利培育纳入各镇(街道)、相关部门绩效考核。加强优化营商环境与“双招双引”中知识产权导向。',
        },
        {
          code: 'P1.3',
          kind: 'MEASURE',
          title: '建立健全激励和保障机制',
          description:
            '加强知识产权的创造、运用、保护、管理以及人才培养、维权援助等事项的政策支持和扶持力度。激励知识产权高质量创造,有效推动陶瓷、琉璃、泵类等传统产业领域的知识产权创造、保护工作。',
        },
      ],
    },
    {
      code: 'P2',
      kind: 'PROJECT',
      title: '实施知识产权创造质量提升工程',
      description: null,
      goalCode: 'G1',
      assignments: [
        { departmentCode: 'market-supervision', role: 'LEAD' },
        { departmentCode: 'development-reform', role: 'PARTICIPANT' },
        { departmentCode: 'industry-it', role: 'PARTICIPANT' },
        { departmentCode: 'finance', role: 'PARTICIPANT' },
        { departmentCode: 'commerce', role: 'PARTICIPANT' },
        { departmentCode: 'towns-subdistricts', role: 'PARTICIPANT' },
      ],
      children: [
        {
          code: 'P2.1',
          kind: 'MEASURE',
          title: '加强高价值专利培育',
          description:
            '贯彻落实《淄博市高价值专利培育中心建设实施方案》,在我区重点发展的主导产业关键环节,形成一批技术创新度高、保护范围合理稳定、市场发展前景好、竞争力强的高价值专利,为产业转型发展提供引领和支撑。',
        },
        {
          code: 'P2.2',
          kind: 'MEASURE',
          title: '大力实施知识产权优势企业培育',
          description:
            '引导企业建立完善知识产权管理机制,鼓励企业贯彻执行《企业知识产权管理规范》,推动一批条件成熟、具有核心竞争力的高新技术企业、“专精特新”企业争创知识产权优势、示范企业。',
        },
        {
          code: 'P2.3',
          kind: 'MEASURE',
          title: '优化知识产权创造激励机制',
          description:
            '加强知识产权政策与科技、贸易、文化、教育等政策的衔接。强化质量导向,鼓励知识产权创造,重点加大对高价值专利培育、转移转化、知识产权保护和公共服务的资金扶持力度。',
        },
        {
          code: 'P2.4',
          kind: 'MEASURE',
          title: '强化知识产权密集型产业创新发展',
          description:
            '支持企业开展境外商标注册、专利申请、产品认证和体系认证,培育一批具有较强国际竞争力的自主品牌。推动高校院所、医院等将知识产权工作纳入科技创新全过程,发挥知识产权在创造激励、保护创新与促进科技成果转化运用中的作用。',
        },
      ],
    },
    {
      code: 'P3',
      kind: 'PROJECT',
      title: '实施知识产权运用促进工程',
      description: null,
      goalCode: 'G2',
      assignments: [
        { departmentCode: 'market-supervision', role: 'LEAD' },
        { departmentCode: 'development-reform', role: 'PARTICIPANT' },
        { departmentCode: 'industry-it', role: 'PARTICIPANT' },
        { departmentCode: 'finance', role: 'PARTICIPANT' },
        { departmentCode: 'commerce', role: 'PARTICIPANT' },
        { departmentCode: 'culture-tourism', role: 'PARTICIPANT' },
        { departmentCode: 'financial-supervision', role: 'PARTICIPANT' },
        { departmentCode: 'towns-subdistricts', role: 'PARTICIPANT' },
      ],
      children: [
        {
          code: 'P3.1',
          kind: 'MEASURE',
          title: '加强知识产权与产业融合',
          description:
            '围绕全区战略新兴产业,推广《专利导航指南》国家标准,积极引导企业开展专利导航项目、高价值培育项目。引导高校、科研院所、企业及知识产权运营机构加强知识产权战略设计、管理创新,实施专利技术转移转化、自主商标品牌培育,促进知识产权运用转化。',
        },
        {
          code: 'P3.2',
          kind: 'MEASURE',
          title: '用活市级知识产权公共服务平台',
          description:
            '引导支持创新主体利用平台电商系统开展知识产权交易运营,推动知识产权价值实现优化知识产权价值评估、质押融资、交易结算、权属变更和股权登记等环节,实现知识产权“一站式”服务。',
        },
        {
          code: 'P3.3',
          kind: 'MEASURE',
          title: '积极推进知识产权质押融资工作',
          description:
            '联合银行等金融机构开展企业大走访活动,宣传省、市知识产权质押融资贴息、保险、风险补偿资金政策。持续推进专利权质押融资工作,搭建银企对接平台,促进企业知识产权成果转化,实现知识产权质押融资每年稳步提升。',
        },
        {
          code: 'P3.4',
          kind: 'MEASURE',
          title: '深入实施商标品牌战略',
          description:
            '建立商标品牌建设指导站,面向企业、产业提供便利化、高质量的商标品牌指导和服务,促进品牌建设与产业发展的深度融合。鼓励引导企业使用自主品牌,强化企业合资、合作中的自主品牌导向。引导出口企业和对外投资企业开展涉外商标注册,拓展国际市场。',
        },
        {
          code: 'P3.5',
          kind: 'MEASURE',
          title: '深入实施地理标志运用促进工程',
          description:
            '积极推进开展“博山琉璃”山东省地理标志运用促进工程和培育省级地理标志产品保护示范区。着力打造区域品牌和特色地理标志产品。协调帮助“博山琉璃”地理标志产品建立相关标准。鼓励企业积极申报使用地理标志专用标志,提高我区地理标志产品市场竞争力。',
        },
      ],
    },
    {
      code: 'P4',
      kind: 'PROJECT',
      title: '实施知识产权保护社会共治工程',
      description: null,
      goalCode: 'G3',
      assignments: [
        { departmentCode: 'market-supervision', role: 'LEAD' },
        { departmentCode: 'court', role: 'PARTICIPANT' },
        { departmentCode: 'industry-it', role: 'PARTICIPANT' },
        { departmentCode: 'public-security', role: 'PARTICIPANT' },
        { departmentCode: 'justice', role: 'PARTICIPANT' },
        { departmentCode: 'commerce', role: 'PARTICIPANT' },
        { departmentCode: 'culture-tourism', role: 'PARTICIPANT' },
        { departmentCode: 'towns-subdistricts', role: 'PARTICIPANT' },
      ],
      children: [
        {
          code: 'P4.1',
          kind: 'MEASURE',
          title: '改革完善知识产权保护体系',
          description:
            '发挥区知识产权联席会办公室统筹协调作用,健全跨区域、跨部门知识产权行政保护协作机制。加快推动政府主导、部门联动、群众参与的知识产权保护体系建设。健全知识产权纠纷多元化解决机制和知识产权维权援助机制。',
        },
        {
          code: 'P4.2',
          kind: 'MEASURE',
          title: '建立健全知识产权保护直通车制度',
          description:
            '筛选重点企业、行业协会,建立知识产权保护重点单位库。推进知识产权公益服务进企业,积极宣传《淄博市企业知识产权保护指南》,为企业提供有针对性的知识产权保护方案。',
        },
        {
          code: 'P4.3',
          kind: 'MEASURE',
          title: '加强知识产权保护社会共治',
          description:
            '鼓励行业协会、商会建立知识产权保护自律和信息沟通机制。推动在新经济、四强产业、专业市场等领域建立知识产权保护工作站、商标品牌指导站,培育和发展调解组织和公证机构,鼓励行业协会、商会、园区等建立知识产权保护联盟。推进诚信建设制度化,将知识产权行政处罚、抽查检查结果等涉企信息,通过国家企业信用信息公示系统归集并依法公示,依法依规对严重失信主体实施惩戒。',
        },
        {
          code: 'P4.4',
          kind: 'MEASURE',
          title: '强化知识产权行政监管执法力度',
          description:
            '加强部门协同配合,开展关键领域、重点环节、重点区域行政执法专项行动,重点查处假冒专利、商标侵权、侵犯著作权、侵犯商业秘密、地理标志侵权假冒等违法行为。加强特殊标志、官方标志、奥林匹克标志保护。',
        },
        {
          code: 'P4.5',
          kind: 'MEASURE',
          title: '加强知识产权司法保护力度',
          description:
            '加强司法保护与行政执法等环节的信息沟通和共享,促进行政执法标准和刑事司法立案标准协调衔接,形成有机结合、优势互补的运行机制。落实知识产权行政执法与刑事司法协同合作机制,发挥淄博市知识产权行政执法与刑事司法信息共享平台作用,实现行政执法与刑事司法有效衔接,提高知识产权刑事保护效能。',
        },
      ],
    },
    {
      code: 'P5',
      kind: 'PROJECT',
      title: '实施知识产权服务再造工程',
      description: null,
      goalCode: 'G5',
      assignments: [
        { departmentCode: 'market-supervision', role: 'LEAD' },
        { departmentCode: 'publicity', role: 'PARTICIPANT' },
        { departmentCode: 'development-reform', role: 'PARTICIPANT' },
        { departmentCode: 'science-technology', role: 'PARTICIPANT' },
        { departmentCode: 'justice', role: 'PARTICIPANT' },
        { departmentCode: 'human-resources', role: 'PARTICIPANT' },
        { departmentCode: 'financial-supervision', role: 'PARTICIPANT' },
        { departmentCode: 'towns-subdistricts', role: 'PARTICIPANT' },
      ],
      children: [
        {
          code: 'P5.1',
          kind: 'MEASURE',
          title: '强化知识产权金融服务',
          description:
            '按照“政府引导、市场运作、专业管理、防范风险”的原则,支持知识产权运营机构和企业开展知识产权转移转化和产业化。鼓励保险公司开发设计满足企业需求的知识产权保险产品,提升服务能力。推动知识产权金融创新,鼓励金融机构推出符合知识产权特点和企业融资需求的知识产权金融产品和服务,为市场主体提供多样化的知识产权金融服务。',
        },
        {
          code: 'P5.2',
          kind: 'MEASURE',
          title: '提高知识产权信息公共服务能力',
          description:
            '加强部门协作、统筹规划和资源整合,综合利用市知识产权公共服务平台等面向政府部门、创新创业主体、社会公众等提供知识产权信息基础性支撑服务。积极推动知识产权信息传播利用,提高知识产权创造和运用效率。',
        },
        {
          code: 'P5.3',
          kind: 'MEASURE',
          title: '加强知识产权人才队伍建设',
          description:
            '实施知识产权人才培养工程,培养高素质的知识产权服务人才、管理人才和知识产权管理运用能力强的企业,以适应知识产权管理与服务需求。充实知识产权管理队伍,建立知识产权行政部门与司法部门学习交流机制,打造适应新时代提高知识产权治理能力和治理水平的干部队伍。',
        },
        {
          code: 'P5.4',
          kind: 'MEASURE',
          title: '深入开展知识产权宣传培训',
          description:
            '建立长效培训机制,加大对领导干部、企业家和各类创新人才培训力度,对知识产权管理、服务及企事业单位工作人员实施分类培训。抓好世界知识产权日、知识产权宣传周和普法宣传周等重要活动,开展知识产权宣传,全面增强企事业单位和社会公众的知识产权意识和保护能力,在全社会营造尊重知识产权、保护知识产权的良好氛围。',
        },
      ],
    },
    {
      // The document gives no 责任部门 line for safeguards; only S1 names units (办公室设在区市场监督管理局…会同相关部门、各镇(街道)), so S2 and S3 carry no assignments.
      code: 'S1',
      kind: 'SAFEGUARD',
      title: '加强组织领导',
      description:
        '成立博山区国家知识产权强区建设试点区领导小组,领导小组办公室设在区市场监督管理局,统筹协调试点区创建工作。区市场监督管理局会同相关部门、各镇(街道)积极协调解决工作中的具体问题,总结成效经验,完善相关措施,确保各项工作落地见效。',
      assignments: [
        { departmentCode: 'market-supervision', role: 'LEAD' },
        { departmentCode: 'towns-subdistricts', role: 'PARTICIPANT' },
      ],
    },
    {
      code: 'S2',
      kind: 'SAFEGUARD',
      title: '强化资金支持',
      description:
        '加大财政扶持力度,优化资金投入结构,规范资金使用。组织动员各企业结合自身优势,积极争取国家、省、市级政策和资金倾斜。引导市场主体加大知识产权资金投入。鼓励金融机构开展知识产权质押贷款等业务,重点支持中小企业科技创新、自主研发及知识产权产业化。',
    },
    {
      code: 'S3',
      kind: 'SAFEGUARD',
      title: '强化督导落实',
      description:
        '聚焦博山区国家知识产权强区建设试点区主要目标,细化分解目标任务。各部门要统一思想,落实责任,充分调动各方面积极因素,确保完成试点区建设目标。',
    },
  ],
  // Baselines: the document states targets only (提高至9件, 累计达到8000件) and no base-year value for any
  // indicator, so every baseline is null and the screens say 文件未给出.
  indicators: [
    {
      code: 'invention-patents-per-10k',
      goalCode: 'G1',
      departmentCode: 'market-supervision',
      name: '每万人发明专利拥有量',
      unit: '件/万人',
      baseline: null,
      baselineYear: null,
      target: 9,
      targetDate: '2025-12-31',
      direction: 'INCREASE',
      targetKind: 'NUMERIC',
      targetText: '到2025年,每万人发明专利拥有量提高至9件',
    },
    {
      code: 'valid-trademarks',
      goalCode: 'G1',
      departmentCode: 'market-supervision',
      name: '有效商标注册量',
      unit: '件',
      baseline: null,
      baselineYear: null,
      target: 8000,
      targetDate: '2025-12-31',
      direction: 'INCREASE',
      targetKind: 'NUMERIC',
      targetText: '有效商标注册量累计达到8000件',
    },
    {
      code: 'copyright-registrations',
      goalCode: 'G1',
      departmentCode: 'market-supervision',
      name: '版权作品、软件著作权自愿登记数量',
      unit: '件',
      baseline: null,
      baselineYear: null,
      target: null,
      targetDate: '2025-12-31',
      direction: 'INCREASE',
      targetKind: 'QUALITATIVE',
      targetText: '各类版权作品、软件著作权自愿登记数量显著增长',
    },
    {
      code: 'high-value-patents',
      goalCode: 'G1',
      departmentCode: 'market-supervision',
      name: '高价值专利',
      unit: '件',
      baseline: null,
      baselineYear: null,
      target: null,
      targetDate: '2025-12-31',
      direction: 'INCREASE',
      targetKind: 'QUALITATIVE',
      targetText: '实现高价值专利较大平稳增长',
    },
    {
      code: 'ip-pledge-financing',
      goalCode: 'G2',
      measureCode: 'P3.3',
      departmentCode: 'market-supervision',
      name: '知识产权质押融资',
      unit: '万元',
      baseline: null,
      baselineYear: null,
      target: null,
      targetDate: '2025-12-31',
      direction: 'INCREASE',
      targetKind: 'QUALITATIVE',
      targetText: '实现知识产权质押融资每年稳步提升',
    },
    {
      code: 'protection-pattern',
      goalCode: 'G3',
      departmentCode: 'market-supervision',
      name: '知识产权保护工作格局',
      unit: null,
      baseline: null,
      baselineYear: null,
      target: null,
      targetDate: '2025-12-31',
      direction: 'INCREASE',
      targetKind: 'QUALITATIVE',
      targetText: '“严保护、大保护、快保护、同保护”的知识产权保护工作格局初步形成',
    },
    {
      code: 'ip-talent-team',
      goalCode: 'G4',
      departmentCode: 'market-supervision',
      name: '知识产权人才队伍',
      unit: null,
      baseline: null,
      baselineYear: null,
      target: null,
      targetDate: '2025-12-31',
      direction: 'INCREASE',
      targetKind: 'QUALITATIVE',
      targetText: '逐步培养一支适应经济社会发展需求的高素质知识产权人才队伍',
    },
    {
      code: 'public-ip-awareness',
      goalCode: 'G5',
      departmentCode: 'market-supervision',
      name: '全社会知识产权意识',
      unit: null,
      baseline: null,
      baselineYear: null,
      target: null,
      targetDate: '2025-12-31',
      direction: 'INCREASE',
      targetKind: 'QUALITATIVE',
      targetText: '全区尊重和保护知识产权意识明显提升',
    },
  ],
};
