// A small, reviewed list of world knowledge the quiz engine needs and articles rarely spell
// out: which country a city or province is in, which city is a country's capital (news writes
// "Bắc Kinh" for China's government), and a few names of each kind to fall back on when an
// article has too few of its own. Names are written as Vietnamese and English news write them.
// Pure data.

export type Place = {
  vi: string;
  en: string;
  role: "country" | "city" | "province" | "region";
  in?: string;
  capital?: boolean;
  /** Other names news uses for it ("Ý" for Italy, "Hoa Kỳ" for the United States). */
  aliases?: { vi?: string[]; en?: string[] };
  /** A country's part of the world, so a wrong option is a neighbour. */
  region?: "southeast-asia" | "east-asia" | "europe" | "elsewhere";
};

const REGION: Record<string, Place["region"]> = {
  Vietnam: "southeast-asia", Thailand: "southeast-asia", Laos: "southeast-asia", Cambodia: "southeast-asia", Malaysia: "southeast-asia",
  Singapore: "southeast-asia", Indonesia: "southeast-asia", Philippines: "southeast-asia", Myanmar: "southeast-asia", Brunei: "southeast-asia",
  "Timor-Leste": "southeast-asia", China: "east-asia", Japan: "east-asia", "South Korea": "east-asia", "United Kingdom": "europe", France: "europe",
  Germany: "europe", Italy: "europe", Spain: "europe", Russia: "europe", Netherlands: "europe", Belgium: "europe", Switzerland: "europe",
};

const country = (vi: string, en: string, aliases?: Place["aliases"]): Place => ({ vi, en, role: "country", region: REGION[en] ?? "elsewhere", ...(aliases ? { aliases } : {}) });
const city = (vi: string, en: string, inCountry: string, capital = false): Place => ({ vi, en, role: "city", in: inCountry, ...(capital ? { capital } : {}) });
const province = (vi: string, en: string): Place => ({ vi, en, role: "province", in: "Vietnam" });

export const PLACES: Place[] = [
  country("Việt Nam", "Vietnam", { en: ["Viet Nam"] }), country("Trung Quốc", "China"), country("Nhật Bản", "Japan"), country("Hàn Quốc", "South Korea", { en: ["Korea"] }),
  country("Thái Lan", "Thailand"), country("Lào", "Laos"), country("Campuchia", "Cambodia"), country("Malaysia", "Malaysia"),
  country("Singapore", "Singapore"), country("Indonesia", "Indonesia"), country("Philippines", "Philippines", { en: ["the Philippines"] }), country("Myanmar", "Myanmar"),
  country("Brunei", "Brunei"), country("Timor-Leste", "Timor-Leste"), country("Ấn Độ", "India"), country("Mỹ", "United States", { vi: ["Hoa Kỳ"], en: ["US", "USA", "the United States", "America"] }),
  country("Anh", "United Kingdom", { vi: ["Vương quốc Anh"], en: ["UK", "Britain", "the UK"] }), country("Pháp", "France"), country("Đức", "Germany"),
  country("Italy", "Italy", { vi: ["Ý", "I-ta-li-a"] }),
  country("Tây Ban Nha", "Spain"), country("Nga", "Russia"), country("Australia", "Australia"), country("Canada", "Canada"),
  country("Brazil", "Brazil"), country("Hà Lan", "Netherlands"), country("Bỉ", "Belgium"), country("Thụy Sĩ", "Switzerland"),
  city("Hà Nội", "Hanoi", "Vietnam", true), { ...city("TP HCM", "Ho Chi Minh City", "Vietnam"), aliases: { vi: ["TP Hồ Chí Minh", "Thành phố Hồ Chí Minh", "TP.HCM", "Sài Gòn"], en: ["HCMC", "Saigon"] } }, city("Đà Nẵng", "Da Nang", "Vietnam"),
  city("Hải Phòng", "Hai Phong", "Vietnam"), city("Cần Thơ", "Can Tho", "Vietnam"), city("Huế", "Hue", "Vietnam"), city("Hội An", "Hoi An", "Vietnam"),
  city("Nha Trang", "Nha Trang", "Vietnam"), city("Đà Lạt", "Da Lat", "Vietnam"), city("Vũng Tàu", "Vung Tau", "Vietnam"),
  city("Bắc Kinh", "Beijing", "China", true), city("Thượng Hải", "Shanghai", "China"), city("Thâm Quyến", "Shenzhen", "China"),
  city("Quảng Châu", "Guangzhou", "China"), city("Hàng Châu", "Hangzhou", "China"), city("Vũ Hán", "Wuhan", "China"),
  city("Tokyo", "Tokyo", "Japan", true), city("Osaka", "Osaka", "Japan"), city("Seoul", "Seoul", "South Korea", true), city("Busan", "Busan", "South Korea"),
  city("Bangkok", "Bangkok", "Thailand", true), city("Viêng Chăn", "Vientiane", "Laos", true), city("Phnom Penh", "Phnom Penh", "Cambodia", true),
  city("Kuala Lumpur", "Kuala Lumpur", "Malaysia", true), city("Jakarta", "Jakarta", "Indonesia", true), city("Manila", "Manila", "Philippines", true),
  city("New Delhi", "New Delhi", "India", true), city("Washington", "Washington", "United States", true), city("New York", "New York", "United States"),
  city("London", "London", "United Kingdom", true), city("Paris", "Paris", "France", true), city("Berlin", "Berlin", "Germany", true),
  city("Moskva", "Moscow", "Russia", true), city("Brussels", "Brussels", "Belgium", true), city("Geneva", "Geneva", "Switzerland"),
  city("Sydney", "Sydney", "Australia"), city("Canberra", "Canberra", "Australia", true),
  province("Quảng Nam", "Quang Nam"), province("Quảng Ninh", "Quang Ninh"), province("Quảng Ngãi", "Quang Ngai"), province("Quảng Trị", "Quang Tri"),
  province("Nghệ An", "Nghe An"), province("Thanh Hóa", "Thanh Hoa"), province("Hà Tĩnh", "Ha Tinh"), province("Đắk Lắk", "Dak Lak"),
  province("Lâm Đồng", "Lam Dong"), province("Gia Lai", "Gia Lai"), province("Khánh Hòa", "Khanh Hoa"), province("Đồng Nai", "Dong Nai"),
  province("Bình Dương", "Binh Duong"), province("Tây Ninh", "Tay Ninh"), province("Vĩnh Long", "Vinh Long"), province("An Giang", "An Giang"),
  province("Cà Mau", "Ca Mau"), province("Đồng Tháp", "Dong Thap"), province("Bến Tre", "Ben Tre"), province("Sóc Trăng", "Soc Trang"),
  province("Lào Cai", "Lao Cai"), province("Điện Biên", "Dien Bien"), province("Lạng Sơn", "Lang Son"), province("Thái Nguyên", "Thai Nguyen"),
  province("Phú Thọ", "Phu Tho"), province("Bắc Ninh", "Bac Ninh"), province("Hưng Yên", "Hung Yen"), province("Ninh Bình", "Ninh Binh"),
  province("Tuyên Quang", "Tuyen Quang"), province("Cao Bằng", "Cao Bang"), province("Sơn La", "Son La"), province("Lai Châu", "Lai Chau"),
  province("Bình Định", "Binh Dinh"), province("Phú Yên", "Phu Yen"), province("Kiên Giang", "Kien Giang"), province("Long An", "Long An"),
  { vi: "miền Bắc", en: "northern Vietnam", role: "region", in: "Vietnam" }, { vi: "miền Trung", en: "central Vietnam", role: "region", in: "Vietnam" },
  { vi: "miền Nam", en: "southern Vietnam", role: "region", in: "Vietnam" },
  { vi: "đồng bằng sông Cửu Long", en: "Mekong Delta", role: "region", in: "Vietnam" },
  { vi: "Tây Nguyên", en: "Central Highlands", role: "region", in: "Vietnam" },
];

/** Rivers that are branches of another, by their Vietnamese names: the Hàm Luông is a
 * branch of the Mekong, so one never stands in for the other in a false statement. */
export const RIVER_BRANCHES: [branch: string, river: string][] = [
  ["sông Tiền", "sông Mê Kông"], ["sông Hậu", "sông Mê Kông"], ["sông Hàm Luông", "sông Mê Kông"], ["sông Cổ Chiên", "sông Mê Kông"],
  ["sông Ba Lai", "sông Mê Kông"], ["sông Mỹ Tho", "sông Mê Kông"], ["sông Hàm Luông", "sông Tiền"], ["sông Cổ Chiên", "sông Tiền"],
  ["sông Ba Lai", "sông Tiền"], ["sông Mỹ Tho", "sông Tiền"], ["sông Vàm Cỏ Đông", "sông Vàm Cỏ"], ["sông Vàm Cỏ Tây", "sông Vàm Cỏ"],
  ["sông Đuống", "sông Hồng"], ["sông Luộc", "sông Hồng"], ["sông Đà", "sông Hồng"], ["sông Lô", "sông Hồng"],
];

/** Organisations of each role, for articles with too few of their own. */
export const ORGANIZATIONS: Record<"international" | "company" | "bank" | "government" | "association" | "school" | "hospital" | "institute" | "unit", { vi: string; en: string }[]> = {
  bank: [
    { vi: "Ngân hàng Nhà nước Việt Nam", en: "State Bank of Vietnam" },
    { vi: "Ngân hàng TMCP Ngoại thương Việt Nam", en: "Joint Stock Commercial Bank for Foreign Trade of Vietnam" },
    { vi: "Ngân hàng TMCP Đầu tư và Phát triển Việt Nam", en: "Joint Stock Commercial Bank for Investment and Development of Vietnam" },
    { vi: "Ngân hàng Chính sách xã hội Việt Nam", en: "Vietnam Bank for Social Policies" },
  ],
  international: [
    { vi: "Liên Hợp Quốc", en: "United Nations" },
    { vi: "Ngân hàng Thế giới", en: "World Bank" },
    { vi: "Tổ chức Y tế Thế giới", en: "World Health Organization" },
    { vi: "Quỹ Tiền tệ Quốc tế", en: "International Monetary Fund" },
  ],
  company: [
    { vi: "Microsoft", en: "Microsoft" },
    { vi: "Samsung", en: "Samsung" },
    { vi: "Viettel", en: "Viettel" },
    { vi: "Apple", en: "Apple" },
  ],
  government: [
    { vi: "Bộ Tài chính", en: "Ministry of Finance" },
    { vi: "Bộ Công Thương", en: "Ministry of Industry and Trade" },
    { vi: "Bộ Y tế", en: "Ministry of Health" },
  ],
  association: [
    { vi: "Phòng Thương mại và Công nghiệp Việt Nam", en: "Vietnam Chamber of Commerce and Industry" },
    { vi: "Hội Nông dân Việt Nam", en: "Vietnam Farmers' Union" },
  ],
  school: [
    { vi: "Đại học Quốc gia Hà Nội", en: "Vietnam National University, Hanoi" },
    { vi: "Đại học Bách khoa Hà Nội", en: "Hanoi University of Science and Technology" },
  ],
  hospital: [
    { vi: "Bệnh viện Bạch Mai", en: "Bach Mai Hospital" },
    { vi: "Bệnh viện Chợ Rẫy", en: "Cho Ray Hospital" },
  ],
  institute: [
    { vi: "Viện Hàn lâm Khoa học và Công nghệ Việt Nam", en: "Vietnam Academy of Science and Technology" },
    { vi: "Viện Khí tượng Thủy văn và Biến đổi khí hậu", en: "Institute of Meteorology, Hydrology and Climate Change" },
  ],
  unit: [],
};

/** Events by what they are: a meeting stands in for a meeting, a storm for a storm. */
export const EVENTS: { kind: "meeting" | "storm"; vi: string; en: string }[] = [
  { kind: "meeting", vi: "Diễn đàn Kinh tế Thế giới", en: "World Economic Forum" },
  { kind: "meeting", vi: "Hội nghị Thượng đỉnh G20", en: "G20 Summit" },
  { kind: "meeting", vi: "Hội nghị Cấp cao APEC", en: "APEC Summit" },
  // Typhoons that struck Vietnam, named as Vietnamese and English news name them.
  { kind: "storm", vi: "bão Yagi", en: "Typhoon Yagi" },
  { kind: "storm", vi: "bão Damrey", en: "Typhoon Damrey" },
  { kind: "storm", vi: "bão Molave", en: "Typhoon Molave" },
  { kind: "storm", vi: "bão Noru", en: "Typhoon Noru" },
  { kind: "storm", vi: "bão Xangsane", en: "Typhoon Xangsane" },
  { kind: "storm", vi: "bão Ketsana", en: "Typhoon Ketsana" },
];

/** What kind of event a name is, from its head word ("bão Noru", "Hội nghị…"); null if neither. */
export function eventKind(name: { vi: string; en: string }): "meeting" | "storm" | null {
  if (/^(?:siêu bão|bão|áp thấp nhiệt đới)\s/iu.test(name.vi) || /\b(?:typhoon|storm|hurricane|cyclone)\b/iu.test(name.en)) return "storm";
  if (/(?:hội nghị|diễn đàn|hội thảo|thượng đỉnh)/iu.test(name.vi) || /\b(?:summit|forum|conference|meeting|congress)\b/iu.test(name.en)) return "meeting";
  return null;
}

export const DOCUMENTS: { vi: string; en: string }[] = [
  { vi: "Tuyên bố Bletchley", en: "Bletchley Declaration" },
  { vi: "Đạo luật AI của EU", en: "EU AI Act" },
  { vi: "Thỏa thuận Paris", en: "Paris Agreement" },
];

/** Vietnamese family names: a capitalised name starting with one of them is a person's. */
export const VIETNAMESE_FAMILY_NAMES = new Set(
  "Nguyễn Trần Lê Phạm Hoàng Huỳnh Phan Vũ Võ Đặng Bùi Đỗ Hồ Ngô Dương Lý Lâm Trương Đinh Đoàn Mai Tôn Cao Lưu Tạ Chu Thái Trịnh Hà Quách Kiều Lương Vương Tăng Triệu Mạc Khổng Phùng Thân La Từ Tô Lại Hứa Đào Hoàng".split(" "),
);
