/**
 * Short forms of official names, as documents write them: 陕西省 → 陕西, 广西壮族自治区 → 广西, 恩施土家族苗族自治州 →
 * 恩施, 富平县 → 富平, 华阳镇 → 华阳. Returns null when the short form would be a single character (洋县 stays 洋县).
 */
export function shortName(name: string, level: 'province' | 'prefecture' | 'county' | 'town'): string | null {
  const s = stripSuffix(name, level);
  return s && s !== name && [...s].length >= 2 ? s : null;
}

/** The ethnic groups in the names of autonomous prefectures, counties and banners (恩施土家族苗族自治州). */
const ETHNIC_GROUPS =
  '维吾尔|哈萨克|柯尔克孜|塔吉克|蒙古|朝鲜|土家|布依|哈尼|傈僳|景颇|纳西|拉祜|达斡尔|鄂温克|鄂伦春|仫佬|毛南|仡佬|撒拉|东乡|保安|裕固|锡伯|普米|独龙|藏|回|苗|侗|彝|傣|白|壮|羌|黎|瑶|畲|水|佤|土|怒|满|各';
const ETHNIC = new RegExp(`(?:(?:${ETHNIC_GROUPS})族)+$`);

function stripSuffix(name: string, level: 'province' | 'prefecture' | 'county' | 'town'): string | null {
  switch (level) {
    case 'province': {
      const m = /^(.+?)(?:自治区|特别行政区|省|市)$/.exec(name);
      // 广西壮族自治区, 宁夏回族自治区, and 新疆维吾尔自治区 whose people are named without 族.
      return m ? m[1]!.replace(ETHNIC, '').replace(/维吾尔$/, '') : null;
    }
    case 'prefecture': {
      let m = /^(.+?)自治州$/.exec(name);
      if (m) return m[1]!.replace(ETHNIC, '');
      m = /^(.+?)(?:市|地区|盟)$/.exec(name);
      return m ? m[1]! : null;
    }
    case 'county': {
      let m = /^(.+?)自治(?:县|旗)$/.exec(name);
      if (m) return m[1]!.replace(ETHNIC, '');
      m = /^(.+?)(?:县|区|市|旗|林区|特区)$/.exec(name);
      return m ? m[1]! : null;
    }
    case 'town': {
      const m = /^(.+?)(?:街道办事处|街道|民族乡|镇|乡|苏木)$/.exec(name);
      return m ? m[1]! : null;
    }
  }
}
