// Traditional Chinese read as simplified, for the tests that decide what a piece of note text
// is (`範例` is `范例`, `步驟` is `步骤`). Only for deciding: what the note says is shown as written.

// Pairs by position: the traditional character, then the simplified one it reads as.
const TRADITIONAL =
  '們這個來時為會說對於與後裡還從點將應當開關實現發動態狀體設計數據員務機構組織網絡節叢調資儲檔錄頁題問類種別區塊鏈層級統變' +
  '換轉傳輸處執運啟刪寫讀認證權戶帳號碼鑰憑標籤選擇項預優錯誤報異監測試驗檢診斷復雜簡單雙兩萬億幾沒無並讓過樣麼爲義範圖書筆' +
  '記註釋總結論議協規準確載裝掛鏡倉庫續週歷紀舊進階驟驅遷擴縮負響請連線頭內間離隱顯屬擁獨創環長寬產質較識辦決術語詞彙覽觀邏' +
  '輯緒備熱殼編譯訊獲給賦鍵盤軟簽廣際業專門壓鎖絕畫劃圍營維護衛臺鐘擋攔偵聽聲興踐習練訓條紅綠藍黃顏歡佈啓鬆綁併嗎麽禮貼複製' +
  '尋亞歐國夠壞張強勢僅儘盡臨遠邊緣災難補慣頻歸陣隊棧積極誌審徑徵隨蹤跡衝蓋擊爭軌價費購買賣貨幫舉滿濾淨燈燒迴掃譜憶觸著藝虛' +
  '擬見視覺親訂討訪許詳話該誰課談講謝豐貢財責貫貴賬賽趨躍車軍軸輔輕輪辭農遊達違遞適遲遺郵鄰醫針鈕銀鋪錢閃閉閒閘閱闆陽陸險雖' +
  '雲電靈靜頂順須領額願顧風飛餘館髮鬧橫櫃歲殘氣況溝滅滾漢潔濃煩爾牆獎畢疊盜眾礎稅稱穩窮競篩約納純紙細終絲經綜緊緩縣績繼纜罰' +
  '聯職腦腳臉艙虧卻參嚴團圓場壇奪學寶導屆峽帶廠廢彈徹懷戰擔攝敗敵暫曆朧東棄榮槍樂樓殺畝療祕稜穀竊粵糾紛縱繪繫纖羅聖膽莊華葉' +
  '蕭薦藥蘇蘋蝕褲訴詢誕諮謂謹讚豬貓賴贊軛輩轟辯鄉醜鈔鉤錶鍋鐵閥隸雞韓頒頓頸顆騎騰驚鬥鮮鹽麗齊剛劑勞勵厲吳喪噴嚮囉塵墊壘壽夢' +
  '夾嬰寢岡島巖幣幹廳彎徠恥惡惱愛慮憂懶戲擠攜敘斬晉曉暢樞樹橋櫻欄毀滯濟濫灣灘燦獄獻瑣癢盞睏矯礙禍穌築籌紮紋綫締緝縫繞繩罷聞' +
  '肅脫腫膚臟舖艱蒼蓮蔣蕩蘭虜蝦蠟衆襪覓訃訝訣詐評詩誇諾謀謎譽豎貞貪貧販貶賀賊賞賠賢賭贏趙踴軒輛輝輿逕遜醞釀鈴鉛銳鍊鎮鏟鑄鑒' +
  '閣闊闡陳陰雛頃頌頗顛颱飄飯飲飾養餅饋髒魯鳴黨齡龜係則';
const SIMPLIFIED =
  '们这个来时为会说对于与后里还从点将应当开关实现发动态状体设计数据员务机构组织网络节丛调资储档录页题问类种别区块链层级统变' +
  '换转传输处执运启删写读认证权户帐号码钥凭标签选择项预优错误报异监测试验检诊断复杂简单双两万亿几没无并让过样么为义范图书笔' +
  '记注释总结论议协规准确载装挂镜仓库续周历纪旧进阶骤驱迁扩缩负响请连线头内间离隐显属拥独创环长宽产质较识办决术语词汇览观逻' +
  '辑绪备热壳编译讯获给赋键盘软签广际业专门压锁绝画划围营维护卫台钟挡拦侦听声兴践习练训条红绿蓝黄颜欢布启松绑并吗么礼贴复制' +
  '寻亚欧国够坏张强势仅尽尽临远边缘灾难补惯频归阵队栈积极志审径征随踪迹冲盖击争轨价费购买卖货帮举满滤净灯烧回扫谱忆触着艺虚' +
  '拟见视觉亲订讨访许详话该谁课谈讲谢丰贡财责贯贵账赛趋跃车军轴辅轻轮辞农游达违递适迟遗邮邻医针钮银铺钱闪闭闲闸阅板阳陆险虽' +
  '云电灵静顶顺须领额愿顾风飞余馆发闹横柜岁残气况沟灭滚汉洁浓烦尔墙奖毕叠盗众础税称稳穷竞筛约纳纯纸细终丝经综紧缓县绩继缆罚' +
  '联职脑脚脸舱亏却参严团圆场坛夺学宝导届峡带厂废弹彻怀战担摄败敌暂历胧东弃荣枪乐楼杀亩疗秘棱谷窃粤纠纷纵绘系纤罗圣胆庄华叶' +
  '萧荐药苏苹蚀裤诉询诞咨谓谨赞猪猫赖赞轭辈轰辩乡丑钞钩表锅铁阀隶鸡韩颁顿颈颗骑腾惊斗鲜盐丽齐刚剂劳励厉吴丧喷向啰尘垫垒寿梦' +
  '夹婴寝冈岛岩币干厅弯徕耻恶恼爱虑忧懒戏挤携叙斩晋晓畅枢树桥樱栏毁滞济滥湾滩灿狱献琐痒盏困矫碍祸稣筑筹扎纹线缔缉缝绕绳罢闻' +
  '肃脱肿肤脏铺艰苍莲蒋荡兰虏虾蜡众袜觅讣讶诀诈评诗夸诺谋谜誉竖贞贪贫贩贬贺贼赏赔贤赌赢赵踊轩辆辉舆径逊酝酿铃铅锐链镇铲铸鉴' +
  '阁阔阐陈阴雏顷颂颇颠台飘饭饮饰养饼馈脏鲁鸣党龄龟系则';

let table: Map<string, string> | undefined;
let traditionalChar: RegExp | undefined;

function simplifiedOf(): Map<string, string> {
  if (!table) {
    table = new Map();
    for (let i = 0; i < TRADITIONAL.length; i++) table.set(TRADITIONAL[i] as string, SIMPLIFIED[i] as string);
  }
  return table;
}

/** `text` with each traditional character the table knows replaced by its simplified one; same length, same indices. */
export function asSimplified(text: string): string {
  // Latin text, the common case, has nothing to replace.
  if (!/[\u3400-\u9fff]/.test(text)) return text;
  // Most Chinese notes are simplified already: one scan finds that nothing needs replacing.
  traditionalChar ??= new RegExp(`[${TRADITIONAL}]`, 'gu');
  traditionalChar.lastIndex = 0;
  if (!traditionalChar.test(text)) return text;
  const map = simplifiedOf();
  return text.replace(traditionalChar, (ch) => map.get(ch) ?? ch);
}
