/**
 * Every target of the five shipped documents, read by hand against the source text: the indicator it measures
 * (value converted by hand to the indicator's unit) or why none fits. Keyed by task id and the target's clause
 * as extracted. Reasons for none:
 * - norm: a norm for each unit (每个县（市）建成1所), not a region's total;
 * - part: a part of a whole (其中30个, the pilot counties' rate);
 * - stock: what exists already (已纳入清单的9个, the 11 pilot zones named in 2019);
 * - relative: against another figure (高于全省1-2个百分点, 较2020年翻一番);
 * - several: one value for several things (three rates 均达到97%, 公交、出租车1.1万辆);
 * - subject: how many units a goal applies to (76个县（市）, 50%的县(市、区));
 * - unclear: the wording does not say which programme (浙江's 15 试点: provincial or national?);
 * - single: a measure only this document names (a province's own programme, a one-off facility count), left out
 *   of the registry, which holds what plans at several levels commit to.
 */
export type NoneReason = 'norm' | 'part' | 'stock' | 'relative' | 'several' | 'subject' | 'unclear' | 'single';

export interface Reviewed {
  task: string;
  clause: string;
  expect: { id: string; value: number; unit: string } | null;
  reason?: NoneReason;
  why: string;
}

const S23 = 'shaanxi-2023-key-tasks/';
const S22 = 'shaanxi-2022-county-towns/';
const YX = 'yangxian-2023-work-points/';
const ZJ = 'zhejiang-2023-work-points/';
const CN = 'national-2022-key-tasks/';

const y = (task: string, clause: string, id: string, value: number, unit: string, why: string): Reviewed => ({ task, clause, expect: { id, value, unit }, why });
const n = (task: string, clause: string, reason: NoneReason, why: string): Reviewed => ({ task, clause, expect: null, reason, why });

export const REVIEWED: readonly Reviewed[] = [
  y(S23 + 3, '2023年完成农民工补贴性培训20万人次', 'migrant-worker-training', 200000, '人次', '完成农民工补贴性培训20万人次'),
  y(S23 + 9, '创建15个左右', 'county-town-provincial-demonstration', 15, '个', '创建15个左右县城建设示范县: the province creates them (省级…试点示范 two sentences before); its national ones are 富平、三原、岐山'),
  y(S23 + 11, '全力推动100个', 'rural-revitalization-demo-towns', 100, '个', '100个乡村振兴示范镇建设'),
  n(S23 + 11, '年度完成投资100亿元', 'single', 'money invested in the demonstration towns, not a count of them'),
  n(S23 + 11, '持续推进已纳入省级特色小镇管理清单的9个', 'stock', 'the 9 towns already on the list'),
  y(S23 + 11, '小镇总量达到20个左右', 'characteristic-towns', 20, '个', '特色小镇…小镇总量达到20个左右: the list grows to about 20'),
  y(S23 + 13, '全年建设保障性租赁住房2万套', 'affordable-rental-housing', 20000, '套', '2万套（间）'),
  y(S23 + 13, '新开工改造城镇老旧小区2016个', 'old-compound-renovation', 2016, '个', 'compounds'),
  y(S23 + 14, '全省新建5G基站1.8万个', '5g-base-stations', 18000, '个', '1.8万个 = 18,000 base stations'),
  y(S23 + 20, '创建200个', 'beautiful-livable-villages', 200, '个', '创建200个“美丽宜居示范村”'),
  n(S23 + 20, '建设现代宜居住房2000套', 'single', "陕西's own 现代宜居住房 demonstration"),
  n(S22 + 6, '到2025年力争绝大多数县（市）形成1-2个', 'norm', '1-2 industrial clusters in each of most counties'),
  y(S22 + 6, '全省县域生产总值超过1.6万亿元', 'county-gdp', 1.6e12, '元', '1.6万亿元 = 1.6×10¹² yuan, the counties together'),
  n(S22 + 6, '年均增速高于全省1-2个百分点', 'relative', "growth above the province's"),
  n(S22 + 6, '生产总值超过200亿元的县（市）达到24个', 'single', 'counties above a GDP threshold'),
  n(S22 + 7, '主导产业产值占园区总产值比重超过65%', 'single', "a share of the parks' output, named here only"),
  n(S22 + 10, '到2025年培育建成省级创新示范县20个以上', 'single', "陕西's own innovation demonstration counties"),
  y(S22 + 12, '到2025年全省县（市）公共实训基地达到20个左右', 'public-training-bases', 20, '个', 'public training bases in the counties'),
  y(S22 + 17, '县（市）改造老旧小区100万户', 'old-compound-renovation', 1000000, '户', '“十四五”期间…改造老旧小区100万户: households, beside the 2016 compounds of the 2023 plan'),
  n(S22 + 19, '支持每个县（市）建成 1 所', 'norm', 'one maternal and child health institution in each county'),
  y(S22 + 19, '到 2025 年县域内就诊率达到90%', 'county-hospital-visit-rate', 90, '%', '县域内就诊率'),
  n(S22 + 19, '80%', 'single', '80%的县级中医医院达到二级甲等: a share of hospitals reaching a grade'),
  n(S22 + 20, '到2025年76个', 'subject', 'the 76 counties the three education rates are set for'),
  n(S22 + 20, '高中阶段教育毛入学率均达到97%以上', 'several', '学前教育毛入园率、义务教育巩固率、高中阶段教育毛入学率均达到97%'),
  n(S22 + 21, '到2025年每个县（市）至少建有一所', 'norm', 'one public care home in each county'),
  n(S22 + 21, '护理型床位占比达到55%以上', 'norm', '每个县（市）governs the whole list (建有一所…、实现…全覆盖、护理型床位占比…): each county\'s share, not the province\'s'),
  n(S22 + 21, '新建小区按照国家要求规划建设不少于200平米', 'norm', '200 m² of childcare in each new residential area'),
  n(S22 + 21, '到2025年每个县（市）建成1-2所', 'norm', '1-2 public childcare institutions in each county'),
  n(S22 + 23, '每个县（市）至少培育孵化 1 家', 'norm', "one children's organisation in each county"),
  n(S22 + 23, '到2025年县级公益性安葬（放）设施覆盖率达到100%', 'single', 'public burial facilities, named here only'),
  n(S22 + 24, '到2025年国家园林县城数量达到45%以上', 'single', 'share of county towns holding a national title'),
  n(S22 + 24, '省级生态园林县城数量达到70%以上', 'single', 'share of county towns holding a provincial title'),
  y(S22 + 26, '到2025年县城生活垃圾无害化处理率达到98%', 'waste-harmless-rate-county-town', 98, '%', 'county towns, not cities'),
  y(S22 + 27, '到2025年县城污水处理率达到95%', 'sewage-treatment-rate-county-town', 95, '%', 'county towns, not cities'),
  y(S22 + 27, '县城污泥无害化处理处置率达到80%以上', 'sludge-disposal-rate-county-town', 80, '%', 'sludge, not sewage'),
  y(S22 + 28, '农村黑臭水体治理率达到40%左右', 'rural-black-odorous-water-rate', 40, '%', 'the province-wide rural rate'),
  n(S22 + 28, '试点县（市）农村黑臭水体治理率达到90%左右', 'part', 'the pilot counties only'),
  y(S22 + 33, '加快推进100个', 'rural-revitalization-demo-towns', 100, '个', '100个乡村振兴示范镇建设, undated'),
  n(S22 + 37, '推动每个县（市）打造一个', 'norm', 'one state capital company in each county'),
  n(S22 + 37, '县级融资平台融资规模较2020年翻一番', 'relative', 'double the 2020 figure'),
  y(YX + 3, '2023年完成农民工补贴性培训2500人次', 'migrant-worker-training', 2500, '人次', '完成农民工补贴性培训2500人次'),
  n(YX + 4, '抓好73个', 'single', '73个年度“4111+N”项目: the county\'s own project programme'),
  y(YX + 4, '启动改造28个', 'old-compound-renovation', 28, '个', '启动改造28个老旧小区: the same 28 compounds as task (十)'),
  n(YX + 4, '实施4条', 'single', '4 roads whose overhead cables go underground'),
  y(YX + 6, '全力推动4个', 'rural-revitalization-demo-towns', 4, '个', '4个省市乡村振兴示范镇'),
  y(YX + 10, '新开工改造城镇老旧小区28个', 'old-compound-renovation', 28, '个', 'compounds, stated again'),
  y(YX + 10, '普惠性幼儿园达到92%以上', 'inclusive-kindergarten-coverage', 92, '%', 'coverage of affordable kindergartens, without the word 覆盖率'),
  y(YX + 11, '全绿色建筑竣工面积占新建建筑竣工面积比例全面提升到80%', 'green-building-share', 80, '%', 'green buildings in new floor area'),
  y(YX + 11, '新开工装配式建筑占新建建筑面积比例达到26%', 'prefab-building-share', 26, '%', 'prefabricated buildings in new floor area'),
  y(YX + 12, '新建5G基站25座', '5g-base-stations', 25, '个', '25座 base stations = 25个'),
  n(YX + 13, '全年入库科技型中小企业40家以上', 'single', 'technology SMEs registered'),
  n(YX + 13, '培育高新技术企业和瞪羚企业5家以上', 'several', 'two kinds of firm, one number'),
  n(YX + 16, '柳山等11个', 'single', '11 named demonstration villages'),
  n(YX + 16, '碗牛坝等11个', 'single', '11 named villages given support'),
  n(YX + 16, '完成95个', 'single', 'village plans of 95 administrative villages'),
  n(YX + 16, '推进宜居型示范农房建设实施村级基础设施项目76个', 'single', 'village infrastructure projects of no named kind'),
  n(YX + 16, '公共服务项目60个', 'single', 'public service projects of no named kind'),
  n(YX + 16, '环境整治项目22个', 'single', 'environment projects of no named kind'),
  y(YX + 16, '改造卫生厕所8635座', 'rural-sanitary-toilets', 8635, '座', 'rural sanitary toilets'),
  y(YX + 16, '建成通村(组)路60.9公里', 'rural-roads', 60.9, '公里', 'roads to villages and groups are rural roads'),
  n(ZJ + 10, '支持15个', 'unclear', '15个以县城为重要载体的城镇化建设试点: neither 国家 nor 省级 is said'),
  y(ZJ + 10, '推进10个', 'county-town-demonstration', 10, '个', '10个国家示范县: part of the national designation'),
  n(ZJ + 11, '每年打造 100 个以上', 'single', "浙江's own 现代化美丽城镇"),
  y(ZJ + 13, '全省各设区市主城区新增停车位10万个', 'parking-spaces', 100000, '个', '10万个 = 100,000 spaces'),
  y(ZJ + 13, '新增绿地1500公顷以上', 'new-green-space', 1500, '公顷', 'new green space'),
  y(ZJ + 13, '新建绿道500公里以上', 'greenways', 500, '公里', 'greenways'),
  y(ZJ + 13, '新建改造城市供水管网600公里', 'water-supply-pipes', 600, '公里', 'water supply pipes'),
  n(ZJ + 13, '改造不规范二次供水设施300个', 'single', 'secondary water supply facilities'),
  n(ZJ + 14, '新增未来社区创建项目300个以上', 'single', "浙江's own 未来社区"),
  n(ZJ + 14, '完成300个以上', 'single', '“一老一小”服务场景验收 in 300 communities'),
  n(ZJ + 14, '新增未来乡村200个以上', 'single', "浙江's own 未来乡村"),
  n(ZJ + 14, '持续打造省级‘高品质示范街区’100 个以上', 'single', "浙江's own street programme"),
  n(ZJ + 14, '新增或改造省级‘街容示范街’100 条以上', 'single', "浙江's own street programme"),
  y(ZJ + 14, '创建彰显浙派民居特色的美丽宜居示范村(150个', 'beautiful-livable-villages', 150, '个', '150个美丽宜居示范村, the name 陕西 uses too'),
  n(ZJ + 14, '其中 30个', 'part', '30 of the 150 villages'),
  n(ZJ + 14, '建设城乡亲水节点400个', 'single', 'waterside spots'),
  n(ZJ + 15, '出租车1.1万辆', 'several', '新能源公交、出租车: buses and taxis, one number'),
  n(ZJ + 15, '淘汰老旧营运货车超3000辆', 'single', 'old trucks scrapped'),
  y(ZJ + 15, '新增800个', 'charging-piles', 800, '个', '800个高速服务区充电桩: charging piles (at motorway service areas, as the source says)'),
  n(ZJ + 15, '力争完成太阳能等可再生能源建筑应用3000万平方米', 'single', 'renewable energy in buildings'),
  n(ZJ + 15, '完成既有公共建筑节能改造面积150万平方米', 'single', 'energy retrofit of public buildings'),
  n(ZJ + 15, '所有设区市和50%', 'subject', '50%的县(市、区)通过评估: counties that pass an assessment'),
  y(ZJ + 16, '新建改造市政污水管网600公里', 'sewer-pipes', 600, '公里', 'sewage pipes, not drainage'),
  n(ZJ + 16, '打造海绵城市示范性工程100个', 'single', 'sponge-city demonstration works'),
  y(ZJ + 16, '确保实现行政村覆盖率88%', 'rural-sewage-village-coverage', 88, '%', '农污治理…行政村覆盖率88%'),
  n(ZJ + 16, '出水水质达标率85%', 'single', 'effluent quality of rural sewage works'),
  n(ZJ + 16, '完成1500个', 'single', 'disaster shelters'),
  n(ZJ + 17, '培育智能建造产业基地2个', 'single', 'smart construction bases'),
  n(ZJ + 17, '创建智能建造与建筑工业化技术创新研发中心2个', 'single', 'research centres'),
  y(ZJ + 18, '全年建设筹集保障性租赁住房25万套', 'affordable-rental-housing', 250000, '套', '25万套（间）'),
  n(ZJ + 19, '新(改扩)建公办中小学100所', 'single', 'schools built'),
  y(ZJ + 19, '新增学位8万个', 'new-school-places', 80000, '个', 'new school places'),
  y(ZJ + 19, '提供托位10万个', 'childcare-places', 100000, '个', 'childcare places, a count, not per 1,000 people'),
  n(ZJ + 19, '实现60%以上', 'subject', '60%以上的县(市、区)通过省级评估'),
  n(ZJ + 20, '新改扩建规范化村卫生室(社区卫生服务站)500个', 'single', 'village clinics'),
  n(ZJ + 20, '建成30家', 'single', "children's health centres"),
  n(ZJ + 20, '11个', 'subject', '11个市建立…病区'),
  n(ZJ + 20, '50%', 'subject', '50%的县(市、区)建立…病区'),
  n(ZJ + 20, '区)建立1个', 'norm', 'one hospice ward in each of those counties'),
  y(ZJ + 21, '推动跨省住院费用直接结算率达到60%', 'cross-province-inpatient-settlement-rate', 60, '%', 'inpatient costs settled directly across provinces'),
  n(ZJ + 21, '联网医药机构达到500家', 'single', 'networked medical institutions'),
  n(ZJ + 22, '建成省级基层体育场地设施1000个', 'single', 'sports grounds'),
  n(ZJ + 22, '建设“15分钟品质文化生活圈”3000个', 'single', "浙江's own 文化生活圈"),
  n(ZJ + 22, '城市书房200个', 'single', 'city reading rooms'),
  n(ZJ + 22, '文化驿站100个', 'single', 'culture stations'),
  n(ZJ + 22, '乡村博物馆200个', 'single', 'village museums'),
  n(ZJ + 27, '完成城乡居民免费健康体检1000万人', 'single', 'free health checks'),
  y(ZJ + 28, '新改建农村公路1500公里', 'rural-roads', 1500, '公里', 'rural roads'),
  y(ZJ + 28, '城乡公交一体化率达85%', 'urban-rural-bus-integration-rate', 85, '%', 'bus integration rate'),
  n(ZJ + 28, '创建8个', 'single', '农村客货邮融合星级样板县'),
  n(ZJ + 28, '农村饮用水薄弱点提升改造465处', 'single', 'weak points of rural drinking water'),
  n(ZJ + 28, '水质达标率稳定在90%以上', 'single', "water quality of 浙江's rural supply"),
  n(ZJ + 28, '城乡供水同质化率稳定在96%以上', 'single', "浙江's own 同质化率"),
  n(CN + 2, '实现每县开通至少一家', 'norm', 'one networked clinic in each county'),
  y(CN + 3, '开展农民工补贴性培训600万人次以上', 'migrant-worker-training', 6000000, '人次', '600万人次 = 6,000,000'),
  y(CN + 8, '支持120个', 'county-town-demonstration', 120, '个', '120个县城建设示范地区 in the national plan'),
  n(CN + 8, '支持20个', 'single', '县城产业转型升级示范园区'),
  y(CN + 11, '力争改善840万户', 'old-compound-renovation', 8400000, '户', '改造城镇老旧小区…力争改善840万户居民基本居住条件: households'),
  y(CN + 24, '农村自来水普及率达到85%', 'rural-tap-water-rate', 85, '%', 'rural tap water'),
  n(CN + 25, '支持11个', 'stock', 'the 11 national urban–rural integration pilot zones designated in 2019'),
];
