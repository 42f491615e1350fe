import type { NameCulture } from './names';

// Name pools from Asia, Africa and the Middle East; `Native|latin` where the script is not Latin.

export const vietnameseNames: NameCulture = {
  weight: 5,
  order: 'eastern',
  given: ['Mai', 'Anh', 'Hương', 'Dũng', 'Minh', 'Thảo', 'Quang', 'Linh', 'Tuấn', 'Phương'],
  middle: ['Thị', 'Văn', 'Đức', 'Ngọc', 'Minh', 'Hữu'],
  family: ['Nguyễn', 'Trần', 'Lê', 'Phạm', 'Hoàng', 'Phan', 'Vũ', 'Đặng', 'Bùi'],
  timezones: ['Asia/Ho_Chi_Minh'],
};

export const chineseNames: NameCulture = {
  weight: 6,
  order: 'compact',
  given: [
    '娜|na',
    '伟|wei',
    '芳|fang',
    '静|jing',
    '磊|lei',
    '洋|yang',
    '敏|min',
    '婷|ting',
    '浩然|haoran',
    '子涵|zihan',
  ],
  family: [
    '李|li',
    '王|wang',
    '张|zhang',
    '刘|liu',
    '陈|chen',
    '杨|yang',
    '黄|huang',
    '赵|zhao',
    '周|zhou',
    '吴|wu',
  ],
  timezones: ['Asia/Shanghai', 'Asia/Singapore', 'America/Los_Angeles'],
};

export const koreanNames: NameCulture = {
  weight: 3,
  order: 'compact',
  given: ['서연|seoyeon', '지우|jiwoo', '도윤|doyun', '하은|haeun', '민준|minjun', '수아|sua'],
  family: ['김|kim', '이|lee', '박|park', '최|choi', '정|jung'],
  timezones: ['Asia/Seoul'],
};

export const japaneseNames: NameCulture = {
  weight: 3,
  order: 'eastern',
  given: ['結衣|yui', '陽翔|haruto', '蓮|ren', '美咲|misaki', '大翔|hiroto', 'さくら|sakura'],
  family: ['佐藤|sato', '鈴木|suzuki', '高橋|takahashi', '田中|tanaka', '渡辺|watanabe'],
  timezones: ['Asia/Tokyo'],
};

export const turkishNames: NameCulture = {
  weight: 3,
  order: 'western',
  given: ['Ayşe', 'Mehmet', 'Çağrı', 'Gülşen', 'Oğuz', 'İlker', 'Şebnem', 'Barış'],
  family: ['Yılmaz', 'Şahin', 'Çelik', 'Öztürk', 'Doğan', 'Kılıç'],
  timezones: ['Europe/Istanbul'],
};

export const indianNames: NameCulture = {
  weight: 8,
  order: 'western',
  given: [
    'Priya',
    'Arjun',
    'Ananya',
    'Rohan',
    'Aditi',
    'Vikram',
    'Kavya',
    'Siddharth~Sid',
    'Lakshmi',
  ],
  family: ['Patel', 'Sharma', 'Iyer', 'Reddy', 'Nair', 'Gupta', 'Krishnan', 'Banerjee'],
  timezones: ['Asia/Kolkata', 'America/New_York', 'Europe/London'],
};

export const nigerianNames: NameCulture = {
  weight: 4,
  order: 'western',
  given: ['Chinedu', 'Adaeze', 'Oluwaseun~Seun', 'Ngozi', 'Emeka', 'Folake', 'Babatunde~Tunde'],
  family: ['Okafor', 'Adeyemi', 'Eze', 'Okonkwo', 'Balogun', 'Nwosu'],
  timezones: ['Africa/Lagos', 'Europe/London'],
};

export const arabicNames: NameCulture = {
  weight: 3,
  order: 'western',
  given: ['Yasmin', 'Omar', 'Layla', 'Karim', 'Nour', 'Tariq'],
  family: ['El-Amin', 'Haddad', 'Al-Farsi', 'Khoury', 'Mansour'],
  timezones: ['Asia/Dubai', 'Europe/London'],
};
