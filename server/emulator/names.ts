import { type Rng, weighted } from './prng.ts';

const words = (list: string): readonly string[] => list.split(' ');

type NameGroup = { first: readonly string[]; last: readonly string[] };

const GROUPS = {
  javanese: {
    first: words(
      'Budi Sri Agus Bambang Joko Slamet Wahyu Dwi Tri Eko Rina Wulan Ayu Dewi Endang Sutrisno Purwanto Wiwik Hendro Sugeng Yuli Retno Lestari Indah Galih Bayu Yoga Setyo Ningsih Sekar',
    ),
    last: words(
      'Santoso Wibowo Susanto Prasetyo Setiawan Purnomo Nugroho Saputra Kurniawan Gunawan Wahyudi Handoko Pratama Utomo Rahayu Suryadi Hartanto Widodo Sulistyo Wicaksono',
    ),
  },
  sundanese: {
    first: words(
      'Asep Ujang Cecep Dadang Euis Neng Iis Yayan Dede Nining Enok Aep Yusuf Rini Wawan Ai Deden Iwan Tatang Lilis',
    ),
    last: words(
      'Sulaeman Hermawan Kusnadi Sudrajat Ruhiyat Mulyana Nurdin Supriatna Hidayat Permana Rusmana Somantri Suhendar Kurnia',
    ),
  },
  batak: {
    first: words(
      'Togar Sahat Mangasa Tiurma Romauli Sondang Parlindungan Hotman Rosdiana Martua Lamhot Tumpal Berliana Poltak Dumaria',
    ),
    last: words(
      'Siregar Nasution Simanjuntak Sitompul Hutapea Panjaitan Situmorang Lubis Harahap Sinaga Pardede Simatupang Manurung Tambunan Sihombing Napitupulu',
    ),
  },
  chinese: {
    first: words(
      'Hendra Kevin Jessica Steven Michelle Felicia William Vincent Yohanes Meiliana Lanny Suryani Fransiska Budiman Cindy Jonathan Stefanie Ivan',
    ),
    last: words(
      'Tanoto Salim Halim Tjandra Gunadi Wijaya Kusuma Tanjaya Sutanto Hadinata Lim Tan Gozali Widjaja Liem Hartono Setiadi Oei',
    ),
  },
  arabic: {
    first: words(
      'Muhammad Ahmad Abdul Fatimah Aisyah Nur Hasan Husein Rizky Fajar Nabila Zahra Khadijah Umar Faisal Aziz Syarifah Salma Hafidz Annisa',
    ),
    last: words(
      'Alatas Assegaf Alaydrus Basalamah Al-Habsyi Shihab Bawazier Baswedan Rahman Hakim Fauzi Syahputra Ramadhan Maulana Firdaus',
    ),
  },
  modern: {
    first: words(
      'Putri Dian Citra Anisa Fitri Rizal Andi Reza Nadia Intan Kartika Maya Ratna Dinda Kirana Aditya Dimas Raka Salsabila Naura Arkan Keisha',
    ),
    last: words(
      'Pratiwi Anggraini Putra Ramadhani Febriani Wardhana Anjani Maharani Chaniago Piliang Lumbantobing Tuanakotta Manuputty Rumbiak',
    ),
  },
} satisfies Record<string, NameGroup>;

const GROUP_TABLE = weighted<NameGroup>([
  [GROUPS.javanese, 34],
  [GROUPS.sundanese, 16],
  [GROUPS.batak, 9],
  [GROUPS.chinese, 9],
  [GROUPS.arabic, 14],
  [GROUPS.modern, 18],
]);

// Mostly-ASCII names with a rare accented one keep the data honest about Unicode without dominating it.
const RARE_ACCENTED = ['José', 'André', 'Renée', 'Chloé', 'Zoë'];
const WHATSAPP_PREFIXES = ['Bu', 'Pak', 'Kak', 'Mbak', 'Mas', 'Bunda', 'Mama', 'Teh', 'Bang', 'Ci', 'Koh'];
const ALL_FIRST = Object.values(GROUPS).flatMap((g) => g.first);

/** A WhatsApp-ish display name: usually "First Last", sometimes a single name or an honorific. */
export function makeDisplayName(rng: Rng): string {
  const group = rng.pickWeighted(GROUP_TABLE);
  const first = rng.chance(0.004)
    ? rng.pick(RARE_ACCENTED)
    : rng.pick(rng.chance(0.2) ? ALL_FIRST : group.first);
  const shape = rng.float();
  if (shape < 0.1) return first;
  if (shape < 0.16) return `${rng.pick(WHATSAPP_PREFIXES)} ${first}`;
  if (shape < 0.22) return `${first} ${rng.pick(group.first)} ${rng.pick(group.last)}`;
  return `${first} ${rng.pick(group.last)}`;
}

// Indonesian mobile prefixes after the leading 0 (Telkomsel, Indosat, XL, Axis, Tri, Smartfren).
const MOBILE_PREFIXES = words(
  '811 812 813 821 822 823 851 852 853 814 815 816 855 856 857 858 817 818 819 859 877 878 831 832 838 895 896 897 898 899 881 882 887 888',
);

/** `62` + an 8xx mobile prefix + subscriber digits: 10–12 digits after the country code. */
export function makePhoneNumber(rng: Rng): string {
  let digits = '62' + rng.pick(MOBILE_PREFIXES);
  const subscriberLength = rng.pickWeighted(SUBSCRIBER_LENGTHS);
  for (let i = 0; i < subscriberLength; i++) digits += String(rng.int(0, 9));
  return digits;
}

const SUBSCRIBER_LENGTHS = weighted([
  [7, 2],
  [8, 5],
  [9, 3],
]);
