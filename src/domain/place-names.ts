/**
 * Short forms of official names, as documents write them: 陕西省 → 陕西, 广西壮族自治区 → 广西, 恩施土家族苗族自治州 →
 * 恩施, 富平县 → 富平, 华阳镇 → 华阳. Returns null when the short form would be a single character (洋县 stays 洋县).
 */
export function shortName(name: string, level: 'province' | 'prefecture' | 'county' | 'town'): string | null {
  const s = stripSuffix(name, level);
  return s && s !== name && [...s].length >= 2 ? s : null;
}

const ETHNIC = /(?:[\u4e00-\u9fff]{1,5}?族)+$/;

function stripSuffix(name: string, level: 'province' | 'prefecture' | 'county' | 'town'): string | null {
  switch (level) {
    case 'province': {
      const m = /^(.+?)(?:(?:[\u4e00-\u9fff]{1,5}族)?自治区|特别行政区|省|市)$/.exec(name);
      return m ? m[1]! : null;
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
