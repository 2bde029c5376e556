#include "core/demo/demo_data.h"

namespace balgul::core::demo {

namespace {

using SV = std::string_view;

// Landmarks per hotspot ------------------------------------------------------------------------------

constexpr Landmark kDunsan[] = {{"둔산동", "Dunsan-dong"},
                                {"대전시청", "Daejeon City Hall"},
                                {"타임월드 사거리", "the Timeworld crossing"},
                                {"보라매공원", "Boramae Park"},
                                {"정부청사역", "Government Complex station"}};
constexpr Landmark kStation[] = {{"대전역", "Daejeon Station"},
                                 {"대전역 동광장", "the Daejeon Station east plaza"},
                                 {"중앙시장", "Jungang Market"},
                                 {"정동", "Jeong-dong"}};
constexpr Landmark kOncheon[] = {{"유성온천역", "Yuseong Spa station"},
                                 {"봉명동 먹자골목", "the Bongmyeong-dong food alley"},
                                 {"온천동", "Oncheon-dong"},
                                 {"유성 족욕체험장", "the Yuseong foot spa"}};
constexpr Landmark kKaist[] = {{"KAIST 정문", "the KAIST main gate"},
                               {"어은동", "Eoeun-dong"},
                               {"궁동 대학가", "the Gung-dong campus street"},
                               {"구성동", "Guseong-dong"}};
constexpr Landmark kInnopolis[] = {{"대덕연구단지", "Daedeok Innopolis"},
                                   {"엑스포과학공원", "Expo Science Park"},
                                   {"도룡동", "Doryong-dong"},
                                   {"한빛탑", "Hanbit Tower"}};
constexpr Landmark kGapcheon[] = {{"갑천 자전거도로", "the Gapcheon cycle path"},
                                  {"갑천변 산책로", "the Gapcheon riverside trail"},
                                  {"엑스포다리", "Expo Bridge"},
                                  {"만년동", "Mannyeon-dong"}};
constexpr Landmark kEunhaeng[] = {{"으능정이 거리", "Eueungjeongi Street"},
                                  {"은행동", "Eunhaeng-dong"},
                                  {"중앙로역", "Jungangno station"},
                                  {"대전천 목척교", "Mokcheok Bridge"}};
constexpr Landmark kDaehwa[] = {{"대화동 공단", "the Daehwa-dong industrial complex"},
                                {"대전산업단지", "Daejeon Industrial Complex"},
                                {"대화동", "Daehwa-dong"},
                                {"읍내동", "Eumnae-dong"}};
constexpr Landmark kSintanjin[] = {
    {"신탄진역", "Sintanjin station"}, {"신탄진동", "Sintanjin-dong"}, {"신탄진 시장", "Sintanjin market"}};
constexpr Landmark kNoeun[] = {{"노은역", "Noeun station"},
                               {"노은동", "Noeun-dong"},
                               {"지족동", "Jijok-dong"},
                               {"노은 농수산물시장", "the Noeun wholesale market"}};
constexpr Landmark kGwanjeo[] = {{"관저동", "Gwanjeo-dong"},
                                 {"관저 먹자골목", "the Gwanjeo food street"},
                                 {"구봉산 입구", "the Gubongsan trailhead"}};
constexpr Landmark kWolpyeong[] = {
    {"월평동", "Wolpyeong-dong"}, {"월평공원", "Wolpyeong Park"}, {"갈마동", "Galma-dong"}};
constexpr Landmark kPanam[] = {
    {"판암역", "Panam station"}, {"판암동", "Panam-dong"}, {"대동 하늘공원", "Daedong Sky Park"}};

// Category weights:                      air energy recycl traffic safety noise green welfare other
constexpr Hotspot kHotspots[] = {
    {"서구",
     "둔산동",
     {"둔산로", "대덕대로"},
     36.3504,
     127.3845,
     450,
     16,
     {8, 10, 12, 25, 10, 15, 8, 8, 4},
     kDunsan},
    {"동구",
     "정동",
     {"중앙로", "대전로"},
     36.3323,
     127.4342,
     350,
     12,
     {6, 4, 10, 28, 22, 10, 4, 12, 4},
     kStation},
    {"유성구",
     "온천동",
     {"온천로", "계룡로"},
     36.3543,
     127.3429,
     400,
     10,
     {8, 8, 15, 15, 15, 18, 8, 8, 5},
     kOncheon},
    {"유성구",
     "구성동",
     {"대학로", "과학로"},
     36.3721,
     127.3604,
     350,
     7,
     {8, 25, 20, 12, 10, 5, 12, 4, 4},
     kKaist},
    {"유성구",
     "도룡동",
     {"대덕대로", "엑스포로"},
     36.3754,
     127.3868,
     500,
     6,
     {6, 22, 12, 12, 8, 6, 20, 6, 8},
     kInnopolis},
    {"서구",
     "만년동",
     {"둔산대로", "만년로"},
     36.3680,
     127.3880,
     300,
     7,
     {8, 6, 15, 10, 18, 8, 25, 5, 5},
     kGapcheon},
    {"중구",
     "은행동",
     {"중앙로", "대종로"},
     36.3285,
     127.4270,
     300,
     9,
     {5, 8, 20, 12, 18, 12, 5, 15, 5},
     kEunhaeng},
    {"대덕구",
     "대화동",
     {"대화로", "한밭대로"},
     36.3650,
     127.4160,
     450,
     9,
     {45, 4, 8, 12, 10, 15, 3, 1, 2},
     kDaehwa},
    {"대덕구",
     "신탄진동",
     {"신탄진로", "대청로"},
     36.4470,
     127.4290,
     500,
     5,
     {25, 4, 15, 15, 12, 12, 8, 6, 3},
     kSintanjin},
    {"유성구",
     "노은동",
     {"노은로", "지족로"},
     36.3720,
     127.3180,
     500,
     7,
     {4, 10, 18, 18, 12, 12, 14, 8, 4},
     kNoeun},
    {"서구",
     "관저동",
     {"관저로", "구봉로"},
     36.2990,
     127.3350,
     500,
     6,
     {5, 8, 14, 18, 15, 10, 12, 14, 4},
     kGwanjeo},
    {"서구",
     "월평동",
     {"월평로", "계룡로"},
     36.3580,
     127.3680,
     400,
     4,
     {6, 8, 14, 14, 12, 12, 22, 8, 4},
     kWolpyeong},
    {"동구",
     "판암동",
     {"판암로", "대전로"},
     36.3200,
     127.4600,
     450,
     4,
     {6, 8, 14, 12, 14, 8, 10, 24, 4},
     kPanam},
};

constexpr std::array<std::uint8_t, kCategoryCount> kBackgroundWeights{10, 8, 14, 16, 14, 10, 12, 10, 6};

// Texts per category: a title and the description that goes with it ---------------------------------

constexpr TextPair kAirKo[] = {
    {"{p} 주변 미세먼지가 심해요",
     "{t} {p} 쪽을 지나가면 미세먼지가 심해요. 목이 따갑고 아이들이 기침을 합니다. 측정기를 설치해 주세요."},
    {"{p} 공사장 비산먼지 문제", "{p} 근처 공사장에서 먼지가 날려요. 살수차가 {n}일째 안 보입니다."},
    {"{p} 공장 매연 냄새가 나요", "{t} 공장 쪽에서 매캐한 냄새가 납니다. {p}에서는 창문을 열 수가 없어요."},
    {"{p} 도로 먼지 때문에 창문을 못 열어요",
     "{p} 대로변은 {t} 미세먼지가 심해요. 트럭이 지나갈 때마다 먼지가 집 안까지 들어와요."},
    {"{p} 경유차 배기가스가 심해요",
     "{p} 정류장에서 버스를 기다리면 배기가스 때문에 숨쉬기 힘들어요. {t} 특히 심해요."},
};
constexpr TextPair kAirEn[] = {
    {"Heavy fine dust near {p}",
     "Fine dust is bad {t} around {p}. My kids keep coughing; could someone measure PM2.5 here?"},
    {"Dust from the construction site at {p}",
     "The building site at {p} blows dust onto the street and no water truck has come for {n} days."},
    {"Smoky smell from factories around {p}", "There is an acrid smell from the factories near {p} {t}."},
};

constexpr TextPair kEnergyKo[] = {
    {"{p} 가로등이 낮에도 켜져 있어요", "{p}에 있는 가로등이 {t} 켜져 있어요. 전기 낭비가 심합니다."},
    {"{p} 상가 문 열고 냉방 영업", "{p} 상가들이 문을 열어둔 채 에어컨을 틀어요. 에너지 낭비가 심해요."},
    {"{p} 공공건물 옥상 태양광 설치 제안",
     "{p} 주민센터 옥상이 비어 있어요. 태양광 패널 {n}장 정도는 설치할 수 있을 것 같아요."},
    {"{p} 공공건물 난방이 너무 세요", "{p} 건물은 {t} 난방을 너무 세게 틀어서 창문을 열어 둡니다."},
    {"{p} 빈 사무실 조명이 밤새 켜져 있어요", "{p} 빈 사무실 {n}곳이 밤새 불을 켜 두고 있어요."},
};
constexpr TextPair kEnergyEn[] = {
    {"Streetlights on during the day at {p}", "The streetlights at {p} stay on {t}. It wastes electricity."},
    {"Shops at {p} run AC with doors open",
     "Most shops at {p} keep the doors open with the air conditioning on."},
    {"Solar panels for public roofs near {p}",
     "The community centre roof at {p} is empty; about {n} solar panels would fit."},
};

constexpr TextPair kRecyclingKo[] = {
    {"{p} 분리수거함이 넘쳐요", "{p} 분리수거장이 {t} 넘쳐서 냄새가 나요. 수거 횟수를 늘려 주세요."},
    {"{p} 불법 쓰레기 투기", "{p} 골목에 쓰레기를 몰래 버리고 가요. CCTV가 필요합니다."},
    {"{p} 재활용 수거가 안 돼요", "{p} 재활용 쓰레기를 {n}일째 안 가져가요. 분리해서 내놓은 게 소용없어요."},
    {"{p} 일회용 컵이 길에 쌓여요",
     "{p} 버스정류장 주변에 일회용 컵이 쌓여 있어요. 컵 수거함을 놓아 주세요."},
    {"{p} 대형 폐기물 방치", "{p}에 버려진 소파와 매트리스가 {n}일째 그대로 있어요."},
};
constexpr TextPair kRecyclingEn[] = {
    {"Recycling bins overflowing at {p}",
     "The recycling bins at {p} overflow {t}. Pickup seems to have stopped for {n} days."},
    {"Illegal dumping in an alley near {p}",
     "Someone keeps dumping bags of rubbish in the alley behind {p}."},
    {"Plastic cups piling up at the {p} bus stop", "Takeaway cups pile up at the bus stop at {p} {t}."},
};

constexpr TextPair kTrafficKo[] = {
    {"{p} 사거리 신호가 너무 짧아요",
     "{p} 사거리 보행 신호가 짧아서 어르신들이 다 못 건너요. {t} 특히 위험해요."},
    {"{p} 불법 주정차로 길이 막혀요", "{p} 앞 도로에 불법 주정차가 많아 {t} 차가 막혀요."},
    {"{p} 버스 배차 간격이 너무 길어요", "{p}에서 타는 버스가 {n}분 넘게 안 와요. 배차 간격을 줄여 주세요."},
    {"{p} 횡단보도가 없어서 무단횡단이 많아요",
     "{p} 앞에 횡단보도가 없어서 사람들이 {t} 무단횡단을 해요. 사고가 날까 봐 걱정돼요."},
    {"{p} 자전거도로가 끊겨요", "{p} 자전거도로가 갑자기 끊겨서 차도로 내려가야 해요."},
};
constexpr TextPair kTrafficEn[] = {
    {"Pedestrian signal too short at {p}",
     "The walk signal at {p} is far too short; older people cannot cross in time, {t} especially."},
    {"Illegal parking blocks the road at {p}", "Cars park on both sides at {p} {t} and buses cannot pass."},
    {"Bike lane ends abruptly near {p}",
     "The bike lane near {p} just stops and you have to join the traffic."},
};

constexpr TextPair kSafetyKo[] = {
    {"{p} 골목 가로등이 고장났어요", "{p} 골목 가로등이 {n}일째 꺼져 있어요. 밤에 다니기 무서워요."},
    {"{p} 보도블록이 깨져 있어요", "{p} 보도블록이 깨져서 {t} 넘어질 뻔했어요."},
    {"{p} 어린이보호구역 과속 차량", "{p} 초등학교 앞에서 차들이 과속해요. 과속방지턱이 필요해요."},
    {"{p} 공사장 안전펜스가 쓰러졌어요",
     "{p} 공사장 펜스가 쓰러져서 보행자가 차도로 걸어요. {t} 특히 위험합니다."},
    {"{p} 밤길이 너무 어두워요", "{p} 쪽 길은 밤에 너무 어두워요. 가로등을 {n}개쯤 더 달아 주세요."},
};
constexpr TextPair kSafetyEn[] = {
    {"Streetlights out on {p}",
     "The streetlights along {p} have been out for {n} days. It feels unsafe to walk there at night."},
    {"Broken pavement at {p}", "Cracked paving stones at {p}; I nearly fell {t}."},
    {"Speeding cars in the school zone at {p}",
     "Cars speed past the school at {p} {t}. We need speed bumps."},
    {"Dark walkway at {p} at night",
     "The walkway at {p} is pitch dark at night; {n} lamps would make a difference."},
};

constexpr TextPair kNoiseKo[] = {
    {"{p} 심야 공사 소음", "{p}에서 {t} 공사 소음이 나요. 잠을 잘 수가 없어요."},
    {"{p} 오토바이 굉음이 심해요", "{p} 도로에서 오토바이 소음이 심해요. {t} 특히 심합니다."},
    {"{p} 유흥가 소음 때문에 잠을 못 자요", "{p} 술집 앞 소음이 새벽까지 이어져요. 주민들이 잠을 못 자요."},
    {"{p} 확성기 소음", "{p}에서 확성기 소리가 {t} 계속 들려요."},
};
constexpr TextPair kNoiseEn[] = {
    {"Night-time construction noise at {p}",
     "There is loud construction noise at {p} {t}. Residents cannot sleep."},
    {"Loud motorbikes near {p}", "Motorbikes with modified exhausts race past {p} {t}."},
    {"Bar noise keeps residents awake at {p}", "Music from the bars at {p} goes on until the early hours."},
};

constexpr TextPair kGreenKo[] = {
    {"{p} 가로수가 말라 죽어가요", "{p} 가로수 {n}그루가 말라 있어요. 물 주기가 필요해 보여요."},
    {"{p} 공원 벤치와 그늘이 부족해요", "{p} 공원에 그늘이 없어서 여름에 이용하기 힘들어요."},
    {"{p} 하천변 잡초가 무성해요", "{p} 산책로 잡초가 무릎까지 자랐어요. {t} 걷기가 불편해요."},
    {"{p} 빈터를 공유정원으로 만들어요",
     "{p} 빈터가 {n}년째 방치돼 있어요. 주민 텃밭이나 정원으로 쓰면 좋겠어요."},
    {"{p} 나무를 너무 많이 베었어요", "{p} 공사하면서 큰 나무 {n}그루를 베었어요. 다시 심어 주세요."},
};
constexpr TextPair kGreenEn[] = {
    {"Street trees dying along {p}", "{n} street trees near {p} look dead. They need watering."},
    {"No shade in the park at {p}", "There is no shade at all at {p}; nobody uses the benches in summer."},
    {"Turn the empty lot at {p} into a community garden",
     "The lot at {p} has been empty for {n} years. Neighbours would like to garden there."},
};

constexpr TextPair kWelfareKo[] = {
    {"{p} 휠체어가 다닐 수 없는 인도", "{p} 인도에 턱이 높아서 휠체어나 유모차가 다닐 수 없어요."},
    {"{p} 엘리베이터 고장", "{p} 엘리베이터가 {n}일째 고장이에요. 어르신들이 계단을 이용하기 힘들어요."},
    {"{p} 경로당 가는 길에 계단뿐이에요",
     "{p} 경로당에 가려면 계단 {n}0개를 올라가야 해요. 경사로가 필요해요."},
    {"{p} 버스정류장에 의자가 없어요", "{p} 버스정류장에 앉을 곳이 없어서 어르신들이 {t} 서서 기다려요."},
    {"{p} 점자블록이 끊겨 있어요", "{p} 점자블록이 공사 뒤로 끊겨 있어요. 시각장애인에게 위험해요."},
};
constexpr TextPair kWelfareEn[] = {
    {"Sidewalk at {p} impassable for wheelchairs",
     "The curb at {p} is too high for wheelchairs and strollers."},
    {"Elevator out of order at {p}", "The lift at {p} has been broken for {n} days."},
    {"Tactile paving interrupted at {p}",
     "The tactile paving at {p} stops after the roadworks. It is dangerous."},
};

constexpr TextPair kOtherKo[] = {
    {"{p} 공공 와이파이가 안 돼요", "{p} 공공 와이파이가 {t} 연결이 안 돼요."},
    {"{p} 안내 표지판이 잘못돼 있어요", "{p} 안내 표지판 방향이 틀려서 길을 헤매요."},
    {"{p} 길고양이 급식소 문제", "{p} 길고양이 급식소 주변이 지저분해요. 관리 방법을 같이 정했으면 해요."},
    {"{p} 주민 쉼터가 필요해요", "{p}에 주민들이 모일 곳이 없어요. 빈 상가 {n}곳을 활용하면 좋겠어요."},
};
constexpr TextPair kOtherEn[] = {
    {"Public Wi-Fi not working at {p}", "The public Wi-Fi at {p} does not connect {t}."},
    {"Wrong direction sign at {p}", "The sign at {p} points the wrong way; visitors get lost."},
};

const CategoryTexts kTexts[kCategoryCount] = {
    {kAirKo, kAirEn},         {kEnergyKo, kEnergyEn},   {kRecyclingKo, kRecyclingEn},
    {kTrafficKo, kTrafficEn}, {kSafetyKo, kSafetyEn},   {kNoiseKo, kNoiseEn},
    {kGreenKo, kGreenEn},     {kWelfareKo, kWelfareEn}, {kOtherKo, kOtherEn},
};

constexpr SV kTimesKo[] = {"아침 출근 시간에", "퇴근길에",  "밤 늦게",     "주말마다",
                           "비 온 뒤에도",     "요즘 매일", "점심 무렵에", "새벽에"};
constexpr SV kTimesEn[] = {"every morning", "in the evening rush", "late at night",
                           "on weekends",   "almost every day",    "around noon"};
constexpr SV kClosersKo[] = {"",
                             "",
                             " 빠른 조치 부탁드립니다.",
                             " 저만 불편한 게 아니라 이웃들도 같은 말을 해요.",
                             " 사진도 첨부할게요.",
                             " 구청에 민원을 넣었지만 답이 없어요.",
                             " 아이들 통학길이라 더 걱정돼요."};
constexpr SV kClosersEn[] = {"", "", " Please fix it soon.", " My neighbours say the same.",
                             " I reported it to the district office but heard nothing."};
constexpr SV kNicknames[] = {"둔산동지킴이", "푸른하늘",    "갑천산책러",    "대전토박이",   "한밭시민",
                             "자전거출근러", "초보엄마",    "은행동사장님",  "과학도시주민", "노은동주민",
                             "대학원생",     "새벽조깅",    "미세먼지싫어",  "에너지절약왕", "골목탐험가",
                             "햇살맘",       "별빛아빠",    "동네반장",      "대덕구청년",   "온천러버",
                             "citizen_kim",  "jiyoung.lee", "daejeon_rider", "minsu",        "hanbat_walker"};
constexpr SV kCommentsKo[] = {"저도 매일 지나가는데 정말 심해요.",
                              "어제 가 보니 아직 그대로예요.",
                              "구청에 같이 민원 넣었어요.",
                              "사진 보니 상황이 심각하네요. 공감합니다.",
                              "주말에 주민들이랑 같이 측정해 봐요.",
                              "Same here, it has been like this for weeks.",
                              "조금 나아진 것 같아요. 계속 지켜볼게요."};

} // namespace

std::span<const Hotspot> hotspots()
{
    return kHotspots;
}

const std::array<std::uint8_t, kCategoryCount>& backgroundCategoryWeights()
{
    return kBackgroundWeights;
}

const CategoryTexts& categoryTexts(std::size_t categoryIndex)
{
    return kTexts[categoryIndex < kCategoryCount ? categoryIndex : kCategoryCount - 1];
}

std::span<const std::string_view> timePhrasesKo()
{
    return kTimesKo;
}
std::span<const std::string_view> timePhrasesEn()
{
    return kTimesEn;
}
std::span<const std::string_view> closersKo()
{
    return kClosersKo;
}
std::span<const std::string_view> closersEn()
{
    return kClosersEn;
}
std::span<const std::string_view> nicknames()
{
    return kNicknames;
}
std::span<const std::string_view> commentsKo()
{
    return kCommentsKo;
}

} // namespace balgul::core::demo
