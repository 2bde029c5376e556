// Consent records (core/mydata/consent.h), their Kantara receipts (core/mydata/kantara.h) and the
// scope they give shared rows (core/mydata/share_codec.h): the JSON codecs read back what they
// write, every refusal names the member at fault, status follows the clock and the events,
// withdrawal and expiry add their events, the PIPA notice carries its four elements, the receipt
// has the members of Kantara's v1.1 with their JSON types, and rows outside a consent are refused.

#include "core/mydata/consent.h"
#include "core/mydata/kantara.h"
#include "core/mydata/share_codec.h"
#include "core/util/ids.h"

#include <Poco/JSON/Array.h>
#include <Poco/JSON/Object.h>
#include <Poco/JSON/Parser.h>

#include <QObject>
#include <QTest>

#include <ctime>
#include <string>
#include <vector>

using namespace balgul::core;
using namespace balgul::core::mydata;

namespace {

constexpr std::int64_t kGiven = 1735689600;   // 2025-01-01T00:00:00Z
constexpr std::int64_t kExpires = 1767225600; // 2026-01-01T00:00:00Z

Consent sample()
{
    Consent c;
    c.id = "0193a000-0000-4000-8000-00000000c0a1";
    c.principal = "0193a000-0000-7000-8000-0000000000aa";
    c.purpose = "산책로 조명 파일럿의 보행량 평가 (walking counts for the path lighting pilot)";
    c.purposeCategory = "dpv:PublicBenefit";
    c.recipient = {RecipientKind::Pilot, "0193a000-0000-7000-8000-0000000000p1", "Lamps on Jungang-ro"};
    c.categories = {Category::Steps, Category::Mobility, Category::Electricity};
    c.aggregate = Aggregate::Daily;
    c.grid = geo::Precision::M500;
    c.retentionDays = 180;
    c.given = kGiven;
    c.expires = kExpires;
    c.withdrawal = "Balgul > MyData > Consents > Withdraw, or mail privacy@lab.example";
    c.events = {{ConsentEventType::Given, kGiven}};
    return c;
}

Consent scoped(std::vector<Category> categories, Aggregate aggregate, geo::Precision grid)
{
    Consent c = sample();
    c.categories = std::move(categories);
    c.aggregate = aggregate;
    c.grid = grid;
    return c;
}

ControllerInfo controller()
{
    ControllerInfo info;
    info.name = "Jungang Living Lab";
    info.contact = "Privacy office";
    info.address.streetAddress = "1 Jungang-ro";
    info.address.addressLocality = "Daejeon";
    info.address.addressCountry = "KR";
    info.email = "privacy@lab.example";
    info.phone = "+82-42-000-0000";
    info.policyUrl = "https://lab.example/privacy";
    return info;
}

Poco::JSON::Object::Ptr parse(const std::string& json)
{
    Poco::JSON::Parser parser;
    return parser.parse(json).extract<Poco::JSON::Object::Ptr>();
}

std::int64_t at(const char* iso)
{
    std::tm tm{};
    strptime(iso, "%Y-%m-%dT%H:%M:%S", &tm);
    return static_cast<std::int64_t>(timegm(&tm));
}

/// The sample's JSON with `from` replaced by `to`; empty when `from` is not in it.
std::string edited(const std::string& from, const std::string& to)
{
    std::string json = encodeConsent(sample());
    const auto at = json.find(from);
    if (at == std::string::npos)
        return {};
    json.replace(at, from.size(), to);
    return json;
}

} // namespace

class TestMydataConsent : public QObject
{
    Q_OBJECT

private slots:
    void roundTrip_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<int>("aggregate");
        QTest::addColumn<int>("grid");
        QTest::addColumn<bool>("mobility");
        QTest::addRow("pilot, daily, 500 m")
            << int(RecipientKind::Pilot) << int(Aggregate::Daily) << int(geo::Precision::M500) << true;
        QTest::addRow("hub, raw, 250 m")
            << int(RecipientKind::Hub) << int(Aggregate::Raw) << int(geo::Precision::M250) << true;
        QTest::addRow("lab, monthly, 1 km")
            << int(RecipientKind::Lab) << int(Aggregate::Monthly) << int(geo::Precision::Km1) << true;
        QTest::addRow("hub, hourly, no places")
            << int(RecipientKind::Hub) << int(Aggregate::Hourly) << int(geo::Precision::Exact) << false;
    }

    void roundTrip()
    {
        QFETCH(int, kind);
        QFETCH(int, aggregate);
        QFETCH(int, grid);
        QFETCH(bool, mobility);
        Consent c = sample();
        c.recipient.kind = static_cast<RecipientKind>(kind);
        c.aggregate = static_cast<Aggregate>(aggregate);
        c.grid = static_cast<geo::Precision>(grid);
        if (!mobility)
            c.categories = {Category::HeartRate, Category::Gas};
        QVERIFY(validateConsent(c));
        const std::string json = encodeConsent(c);
        auto back = decodeConsent(json);
        QVERIFY2(back, back ? "" : back.error().toString().c_str());
        QVERIFY(*back == c);
        QCOMPARE(encodeConsent(*back), json);
        // With a withdrawal the events read back too.
        QVERIFY(withdraw(c, kGiven + 86400));
        auto withdrawn = decodeConsent(encodeConsent(c));
        QVERIFY(withdrawn);
        QVERIFY(*withdrawn == c);
        QCOMPARE(withdrawn->events.size(), std::size_t(2));
    }

    void wireShape()
    {
        const auto o = parse(encodeConsent(sample()));
        QCOMPARE(o->getValue<std::string>("purpose_category"), std::string("dpv:PublicBenefit"));
        QCOMPARE(o->getValue<std::string>("given"), std::string("2025-01-01T00:00:00Z"));
        QCOMPARE(o->getValue<std::string>("grid"), std::string("500m"));
        QCOMPARE(o->getObject("recipient")->getValue<std::string>("kind"), std::string("pilot"));
        QCOMPARE(o->getArray("categories")->getElement<std::string>(1), std::string("mobility"));
        QCOMPARE(o->getValue<Poco::Int64>("retention_days"), Poco::Int64(180));
        QCOMPARE(o->getArray("events")->getObject(0)->getValue<std::string>("type"), std::string("given"));
        // Other ways of writing the same instant read as that instant.
        auto offset = decodeConsent(
            edited("\"given\":\"2025-01-01T00:00:00Z\"", "\"given\":\"2025-01-01T09:00:00+09:00\""));
        QVERIFY(offset);
        QCOMPARE(offset->given, kGiven);
        // Members this version does not know are ignored.
        QVERIFY(decodeConsent(edited("{\"id\"", "{\"later\":[1,2],\"id\"")));
    }

    void refusalsNameTheMember_data()
    {
        QTest::addColumn<QString>("from");
        QTest::addColumn<QString>("to");
        QTest::addColumn<QString>("field");
        auto row = [](const char* name, const char* from, const char* to, const char* field) {
            QTest::addRow("%s", name)
                << QString::fromUtf8(from) << QString::fromUtf8(to) << QString::fromUtf8(field);
        };
        // Missing members.
        row("no id", "\"id\":\"0193a000-0000-4000-8000-00000000c0a1\",", "", "id");
        row("no principal", "\"principal\":\"0193a000-0000-7000-8000-0000000000aa\",", "", "principal");
        row("no purpose category", "\"purpose_category\":\"dpv:PublicBenefit\",", "", "purpose_category");
        row("no recipient kind", "\"kind\":\"pilot\",", "", "recipient.kind");
        row("no recipient name", ",\"name\":\"Lamps on Jungang-ro\"", "", "recipient.name");
        row("no aggregate", "\"aggregate\":\"daily\",", "", "aggregate");
        row("no grid", "\"grid\":\"500m\",", "", "grid");
        row("no retention", "\"retention_days\":180,", "", "retention_days");
        row("no expiry", "\"expires\":\"2026-01-01T00:00:00Z\",", "", "expires");
        row("no withdrawal", "\"withdrawal\":", "\"withdrawal_method\":", "withdrawal");
        row("no events", "\"events\":", "\"history\":", "events");
        row("event without time", ",\"time\":\"2025-01-01T00:00:00Z\"", "", "events[0].time");
        // Wrong JSON types.
        row("id a number", "\"id\":\"0193a000-0000-4000-8000-00000000c0a1\"", "\"id\":7", "id");
        row("recipient a string", "\"recipient\":{\"kind\":\"pilot\"",
            "\"recipient\":\"x\",\"r\":{\"kind\":\"pilot\"", "recipient");
        row("categories an object", "\"categories\":[\"steps\",\"mobility\",\"electricity\"]",
            "\"categories\":{\"steps\":1}", "categories");
        row("a category a number", "\"mobility\"", "3", "categories[1]");
        row("retention a string", "\"retention_days\":180", "\"retention_days\":\"180\"", "retention_days");
        row("retention a fraction", "\"retention_days\":180", "\"retention_days\":180.5", "retention_days");
        row("retention a boolean", "\"retention_days\":180", "\"retention_days\":true", "retention_days");
        row("given a number", "\"given\":\"2025-01-01T00:00:00Z\"", "\"given\":1735689600", "given");
        row("an event a string", "\"events\":[{\"type\":\"given\",\"time\":\"2025-01-01T00:00:00Z\"}]",
            "\"events\":[\"given\"]", "events[0]");
        // Unknown words.
        row("unknown kind", "\"kind\":\"pilot\"", "\"kind\":\"city\"", "recipient.kind");
        row("unknown category", "\"mobility\"", "\"sleep\"", "categories[1]");
        row("unknown aggregate", "\"aggregate\":\"daily\"", "\"aggregate\":\"weekly\"", "aggregate");
        row("unknown grid", "\"grid\":\"500m\"", "\"grid\":\"2km\"", "grid");
        row("100 m grid", "\"grid\":\"500m\"", "\"grid\":\"100m\"", "grid");
        row("exact grid with mobility", "\"grid\":\"500m\"", "\"grid\":\"exact\"", "grid");
        row("unknown purpose term", "\"dpv:PublicBenefit\"", "\"dpv:Marketing\"", "purpose_category");
        row("unknown event", "{\"type\":\"given\"", "{\"type\":\"paused\"", "events[0].type");
        // Values out of their rules.
        row("upper-case id", "0193a000-0000-4000-8000-00000000c0a1", "0193A000-0000-4000-8000-00000000C0A1",
            "id");
        row("empty purpose", "\"purpose\":\"", "\"purpose\":\"\",\"old\":\"", "purpose");
        row("empty recipient id", "\"id\":\"0193a000-0000-7000-8000-0000000000p1\"", "\"id\":\"\"",
            "recipient.id");
        row("no categories", "[\"steps\",\"mobility\",\"electricity\"]", "[]", "categories");
        row("a category twice", "[\"steps\",\"mobility\",\"electricity\"]", "[\"steps\",\"steps\"]",
            "categories[1]");
        row("no retention days", "\"retention_days\":180", "\"retention_days\":0", "retention_days");
        row("retention past ten years", "\"retention_days\":180", "\"retention_days\":3651",
            "retention_days");
        row("expires before given", "\"expires\":\"2026-01-01T00:00:00Z\"",
            "\"expires\":\"2024-12-31T00:00:00Z\"", "expires");
        row("expires at given", "\"expires\":\"2026-01-01T00:00:00Z\"",
            "\"expires\":\"2025-01-01T00:00:00Z\"", "expires");
        row("given not a time", "\"given\":\"2025-01-01T00:00:00Z\"", "\"given\":\"yesterday\"", "given");
        row("given with milliseconds", "\"given\":\"2025-01-01T00:00:00Z\"",
            "\"given\":\"2025-01-01T00:00:00.5Z\"", "given");
        row("given before 1970", "\"given\":\"2025-01-01T00:00:00Z\"", "\"given\":\"1969-12-31T00:00:00Z\"",
            "given");
        row("events empty", "[{\"type\":\"given\",\"time\":\"2025-01-01T00:00:00Z\"}]", "[]", "events");
        row("first event not given", "{\"type\":\"given\"", "{\"type\":\"withdrawn\"", "events[0].type");
        row("given event at another time", "{\"type\":\"given\",\"time\":\"2025-01-01T00:00:00Z\"}",
            "{\"type\":\"given\",\"time\":\"2025-01-02T00:00:00Z\"}", "events[0].time");
        row("events out of order", "\"2025-01-01T00:00:00Z\"}]",
            "\"2025-01-01T00:00:00Z\"},{\"type\":\"withdrawn\",\"time\":\"2024-06-01T00:00:00Z\"}]",
            "events[1].time");
        row("given twice", "\"2025-01-01T00:00:00Z\"}]",
            "\"2025-01-01T00:00:00Z\"},{\"type\":\"given\",\"time\":\"2025-02-01T00:00:00Z\"}]",
            "events[1].type");
        row("an event after withdrawal", "\"2025-01-01T00:00:00Z\"}]",
            "\"2025-01-01T00:00:00Z\"},{\"type\":\"withdrawn\",\"time\":\"2025-02-01T00:00:00Z\"},"
            "{\"type\":\"withdrawn\",\"time\":\"2025-03-01T00:00:00Z\"}]",
            "events[2].type");
        row("expired before expiry", "\"2025-01-01T00:00:00Z\"}]",
            "\"2025-01-01T00:00:00Z\"},{\"type\":\"expired\",\"time\":\"2025-02-01T00:00:00Z\"}]",
            "events[1].time");
    }

    void refusalsNameTheMember()
    {
        QFETCH(QString, from);
        QFETCH(QString, to);
        QFETCH(QString, field);
        const std::string json = edited(from.toStdString(), to.toStdString());
        QVERIFY2(!json.empty(), "the row's text is not in the sample");
        const auto decoded = decodeConsent(json);
        QVERIFY2(!decoded, json.c_str());
        QCOMPARE(QString::fromStdString(decoded.error().code), QStringLiteral("invalid_field"));
        QCOMPARE(QString::fromStdString(decoded.error().field), field);
    }

    void notAnObject()
    {
        for (const char* text : {"", "[]", "{", "not json", "\"consent\""}) {
            const auto decoded = decodeConsent(text);
            QVERIFY2(!decoded, text);
            QCOMPARE(decoded.error().code, std::string("malformed_json"));
        }
    }

    void exactGridOnlyWithoutPlaces()
    {
        QVERIFY(isGridAllowed(geo::Precision::Exact, {Category::Steps, Category::HeartRate}));
        QVERIFY(!isGridAllowed(geo::Precision::Exact, {Category::Steps, Category::Mobility}));
        QVERIFY(!isGridAllowed(geo::Precision::M100, {Category::Steps}));
        for (auto grid : {geo::Precision::M250, geo::Precision::M500, geo::Precision::Km1})
            QVERIFY(isGridAllowed(grid, {Category::Mobility}));
    }

    void statusFollowsTheClock()
    {
        Consent c = sample();
        QVERIFY(status(c, kGiven - 1) == ConsentStatus::Pending);
        QVERIFY(status(c, kGiven) == ConsentStatus::Active);
        QVERIFY(status(c, kExpires - 1) == ConsentStatus::Active);
        QVERIFY(status(c, kExpires) == ConsentStatus::Expired);
        QVERIFY(status(c, kExpires + 86400 * 400) == ConsentStatus::Expired);

        const std::int64_t out = kGiven + 30 * 86400;
        QVERIFY(withdraw(c, out));
        QVERIFY(c.events.back().type == ConsentEventType::Withdrawn);
        QCOMPARE(c.events.back().time, out);
        QVERIFY(status(c, out - 1) == ConsentStatus::Active);
        QVERIFY(status(c, out) == ConsentStatus::Withdrawn);
        QVERIFY(status(c, kExpires + 1) == ConsentStatus::Withdrawn);
        QVERIFY(toString(status(c, out)) == "withdrawn");
    }

    void withdrawOnce()
    {
        Consent c = sample();
        // Not before the consent was given.
        const Status early = withdraw(c, kGiven - 1);
        QVERIFY(!early);
        QCOMPARE(early.error().field, std::string("events"));
        QCOMPARE(c.events.size(), std::size_t(1));
        QVERIFY(withdraw(c, kGiven + 10));
        const Status again = withdraw(c, kGiven + 20);
        QVERIFY(!again);
        QCOMPARE(again.error().code, std::string("consent_withdrawn"));
        QCOMPARE(c.events.size(), std::size_t(2));
        QVERIFY(validateConsent(c));
        // An expired consent may still be withdrawn (the recipient may still hold rows).
        Consent old = sample();
        QVERIFY(recordExpiry(old, kExpires + 5));
        QVERIFY(withdraw(old, kExpires + 10));
        QVERIFY(validateConsent(old));
        QVERIFY(status(old, kExpires + 10) == ConsentStatus::Withdrawn);
        QVERIFY(decodeConsent(encodeConsent(old)));
    }

    void expiryIsRecordedOnce()
    {
        Consent c = sample();
        QVERIFY(!recordExpiry(c, kExpires - 1));
        QCOMPARE(c.events.size(), std::size_t(1));
        QVERIFY(recordExpiry(c, kExpires + 100));
        QVERIFY(c.events.back().type == ConsentEventType::Expired);
        QCOMPARE(c.events.back().time, kExpires);
        QVERIFY(!recordExpiry(c, kExpires + 200));
        QVERIFY(validateConsent(c));
        // Withdrawn before it expired: no expiry to record.
        Consent w = sample();
        QVERIFY(withdraw(w, kGiven + 5));
        QVERIFY(!recordExpiry(w, kExpires + 5));
    }

    void newConsentStartsWithItsGivenEvent()
    {
        Consent draft = sample();
        draft.id.clear();
        draft.events.clear();
        const Consent a = newConsent(draft, kGiven + 60);
        const Consent b = newConsent(draft, kGiven + 60);
        QVERIFY(isCanonicalUuid(a.id));
        QVERIFY(a.id != b.id);
        QCOMPARE(a.given, kGiven + 60);
        QCOMPARE(a.events.size(), std::size_t(1));
        QVERIFY(a.events[0].type == ConsentEventType::Given);
        QCOMPARE(a.events[0].time, kGiven + 60);
        QVERIFY(validateConsent(a));
    }

    void pipaNoticeHasItsFourElements()
    {
        const PipaNotice n = pipaNotice(sample());
        QCOMPARE(n.purpose, sample().purpose);
        QCOMPARE(n.purposeCategory, std::string("dpv:PublicBenefit"));
        QVERIFY(n.recipientKind == RecipientKind::Pilot);
        QCOMPARE(n.recipientName, std::string("Lamps on Jungang-ro"));
        QVERIFY(n.items == sample().categories);
        QVERIFY(n.aggregate == Aggregate::Daily);
        QVERIFY(n.grid == geo::Precision::M500);
        QVERIFY(n.carriesPlaces);
        QVERIFY(n.withholdsHomeCell);
        QVERIFY(n.sensitive); // steps
        QCOMPARE(n.retentionDays, std::int64_t(180));
        QCOMPARE(n.expires, kExpires);
        QCOMPARE(n.withdrawal, sample().withdrawal);
        QVERIFY(n.mayRefuse);
        QCOMPARE(n.refusalCost, std::string("pilot_without_your_data"));

        Consent hub = sample();
        hub.recipient.kind = RecipientKind::Hub;
        hub.categories = {Category::Electricity, Category::Mobility};
        hub.grid = geo::Precision::Km1;
        const PipaNotice h = pipaNotice(hub);
        QCOMPARE(h.refusalCost, std::string("none"));
        QVERIFY(!h.sensitive);
        QVERIFY(h.carriesPlaces);
        QVERIFY(!h.withholdsHomeCell);
        hub.categories = {Category::Gas};
        hub.grid = geo::Precision::Exact;
        QVERIFY(!pipaNotice(hub).carriesPlaces);
    }

    void purposeTermsAreDpv()
    {
        QVERIFY(!purposeCategories().empty());
        for (std::string_view term : purposeCategories()) {
            QVERIFY(term.starts_with("dpv:"));
            QVERIFY(isPurposeCategory(term));
        }
        QVERIFY(isPurposeCategory("dpv:ResearchAndDevelopment"));
        QVERIFY(!isPurposeCategory("dpv:Marketing"));
        QVERIFY(!isPurposeCategory("ResearchAndDevelopment"));
    }

    void kantaraReceiptMembers()
    {
        const Consent c = sample();
        auto receipt = kantaraReceipt(c, controller());
        QVERIFY2(receipt, receipt ? "" : receipt.error().toString().c_str());
        const auto o = parse(*receipt);
        QCOMPARE(o->getValue<std::string>("version"), std::string("KI-CR-v1.1.0"));
        QCOMPARE(o->getValue<std::string>("jurisdiction"), std::string("KR"));
        QVERIFY(o->get("consentTimestamp").isInteger());
        QCOMPARE(o->getValue<Poco::Int64>("consentTimestamp"), Poco::Int64(kGiven));
        QVERIFY(o->get("collectionMethod").isString());
        QCOMPARE(o->getValue<std::string>("consentReceiptID"), c.id);
        QVERIFY(!o->has("publicKey"));
        QCOMPARE(o->getValue<std::string>("language"), std::string("ko"));
        QCOMPARE(o->getValue<std::string>("piiPrincipalId"), c.principal);
        QCOMPARE(o->getValue<std::string>("policyUrl"), std::string("https://lab.example/privacy"));

        const auto controllers = o->getArray("piiControllers");
        QVERIFY(controllers);
        QCOMPARE(controllers->size(), std::size_t(1));
        const auto pc = controllers->getObject(0);
        QCOMPARE(pc->getValue<std::string>("piiController"), std::string("Jungang Living Lab"));
        QVERIFY(pc->get("contact").isString());
        QVERIFY(pc->get("email").isString());
        QVERIFY(pc->get("phone").isString());
        const auto address = pc->getObject("address");
        QVERIFY(address);
        QCOMPARE(address->getValue<std::string>("addressCountry"), std::string("KR"));
        QVERIFY(!address->has("postalCode")); // empty members are left out

        const auto services = o->getArray("services");
        QVERIFY(services);
        QCOMPARE(services->size(), std::size_t(1));
        QVERIFY(services->getObject(0)->get("service").isString());
        const auto purposes = services->getObject(0)->getArray("purposes");
        QVERIFY(purposes);
        QCOMPARE(purposes->size(), std::size_t(1));
        const auto p = purposes->getObject(0);
        QCOMPARE(p->getValue<std::string>("purpose"), c.purpose);
        QCOMPARE(p->getArray("purposeCategory")->size(), std::size_t(1));
        QCOMPARE(p->getArray("purposeCategory")->getElement<std::string>(0),
                 std::string("dpv:PublicBenefit"));
        QCOMPARE(p->getValue<std::string>("consentType"), std::string("EXPLICIT"));
        const auto pii = p->getArray("piiCategory");
        QCOMPARE(pii->size(), c.categories.size());
        for (std::size_t i = 0; i < c.categories.size(); ++i)
            QCOMPARE(pii->getElement<std::string>(static_cast<unsigned>(i)),
                     std::string(toString(c.categories[i])));
        QVERIFY(p->get("primaryPurpose").isBoolean());
        QCOMPARE(p->getValue<std::string>("termination"), c.withdrawal);
        QVERIFY(p->get("thirdPartyDisclosure").isBoolean());
        QCOMPARE(p->getValue<bool>("thirdPartyDisclosure"), true); // a pilot team
        QCOMPARE(p->getValue<std::string>("thirdPartyName"), std::string("Lamps on Jungang-ro"));

        QVERIFY(o->get("sensitive").isBoolean());
        QCOMPARE(o->getValue<bool>("sensitive"), true); // steps are health data
        QCOMPARE(o->getArray("spiCat")->size(), std::size_t(1));
        QCOMPARE(o->getArray("spiCat")->getElement<std::string>(0), std::string("health"));
    }

    void kantaraReceiptWithoutThirdPartyOrHealth()
    {
        Consent c = sample();
        c.recipient.kind = RecipientKind::Hub;
        c.categories = {Category::Electricity, Category::Gas};
        c.grid = geo::Precision::Exact;
        ControllerInfo info = controller();
        info.publicKey = "MCowBQYDK2VwAyEA";
        auto receipt = kantaraReceipt(c, info);
        QVERIFY(receipt);
        const auto o = parse(*receipt);
        QCOMPARE(o->getValue<std::string>("publicKey"), info.publicKey);
        const auto p = o->getArray("services")->getObject(0)->getArray("purposes")->getObject(0);
        QCOMPARE(p->getValue<bool>("thirdPartyDisclosure"), false);
        QVERIFY(!p->has("thirdPartyName"));
        QCOMPARE(o->getValue<bool>("sensitive"), false);
        QCOMPARE(o->getArray("spiCat")->size(), std::size_t(0));
    }

    void kantaraReceiptRefusals()
    {
        ControllerInfo info = controller();
        info.email.clear();
        auto noEmail = kantaraReceipt(sample(), info);
        QVERIFY(!noEmail);
        QCOMPARE(noEmail.error().field, std::string("controller.email"));
        info = controller();
        info.address.addressCountry.clear();
        auto noCountry = kantaraReceipt(sample(), info);
        QVERIFY(!noCountry);
        QCOMPARE(noCountry.error().field, std::string("controller.address.addressCountry"));
        Consent broken = sample();
        broken.categories.clear();
        auto invalid = kantaraReceipt(broken, controller());
        QVERIFY(!invalid);
        QCOMPARE(invalid.error().field, std::string("categories"));
    }

    void codecRefusalsNameTheMember()
    {
        const std::string cell = geo::cellOf(37.5665, 126.978, geo::Precision::M500).id();
        const std::int64_t day = at("2025-03-01T00:00:00");
        const std::vector<SharedRow> rows{
            {Category::Steps, "count", Aggregate::Daily, day, 8123, 96, ""},
            {Category::HeartRate, "count/min", Aggregate::Daily, day, 71.5, 300, ""},
            {Category::Electricity, "Wh", Aggregate::Daily, day, 5230.25, 96, ""},
            {Category::Mobility, "", Aggregate::Daily, day, 0, 14, cell},
        };
        const std::string good = encodeSharedRows(rows);
        auto back = decodeSharedRows(good);
        QVERIFY(back);
        QCOMPARE(back->size(), rows.size());
        for (std::size_t i = 0; i < rows.size(); ++i)
            QVERIFY(sameRow((*back)[i], rows[i]));

        struct Edit
        {
            std::string from;
            std::string to;
            std::string field;
        };
        const std::string cellText = "\"cell\":\"" + cell + "\"";
        const std::vector<Edit> edits{
            {"\"category\":\"steps\"", "\"category\":\"sleep\"", "rows[0].category"},
            {"\"unit\":\"count/min\"", "\"unit\":\"bpm\"", "rows[1].unit"},
            {"\"unit\":\"Wh\"", "\"unit\":\"kWh\"", "rows[2].unit"},
            {"\"aggregate\":\"daily\"", "\"aggregate\":\"weekly\"", "rows[0].aggregate"},
            {"\"period_start\":\"2025-03-01T00:00:00Z\"", "\"period_start\":\"2025-03-01T00:30:00Z\"",
             "rows[0].period_start"},
            {"\"period_start\":\"2025-03-01T00:00:00Z\"", "\"period_start\":\"March\"",
             "rows[0].period_start"},
            {"\"period_start\":\"2025-03-01T00:00:00Z\"", "\"period_start\":1740787200",
             "rows[0].period_start"},
            {"\"value\":8123", "\"value\":\"8123\"", "rows[0].value"},
            {"\"value\":8123,", "", "rows[0].value"},
            {"\"count\":96", "\"count\":0", "rows[0].count"},
            {"\"count\":96", "\"count\":9.5", "rows[0].count"},
            {"\"cell\":\"\"", "\"cell\":\"" + cell + "\"", "rows[0].cell"},
            {cellText, "\"cell\":\"\"", "rows[3].cell"},
            {cellText, "\"cell\":\"500m:x:1\"", "rows[3].cell"},
            {cellText, "\"cell\":\"500m:0" + cell.substr(5) + "\"", "rows[3].cell"},
            {cellText, "\"cell\":7", "rows[3].cell"},
            {"\"value\":0,", "\"value\":14,", "rows[3].value"},
            {"{\"category\":\"heart_rate\"", "7,{\"category\":\"heart_rate\"", "rows[1]"},
            {"{\"rows\":[", "{\"rowz\":[", "rows"},
        };
        for (const Edit& e : edits) {
            std::string json = good;
            const auto pos = json.find(e.from);
            QVERIFY2(pos != std::string::npos, e.from.c_str());
            json.replace(pos, e.from.size(), e.to);
            const auto decoded = decodeSharedRows(json);
            QVERIFY2(!decoded, json.c_str());
            QCOMPARE(decoded.error().code, std::string("invalid_field"));
            QCOMPARE(decoded.error().field, e.field);
        }
        for (const char* json : {"{\"rows\":{\"a\":1}}", "{\"rows\":7}"}) {
            const auto decoded = decodeSharedRows(json);
            QVERIFY2(!decoded, json);
            QCOMPARE(decoded.error().field, std::string("rows"));
        }
        std::vector<SharedRow> many(share_limits::kMaxRowsPerBatch + 1, rows[0]);
        const auto tooMany = decodeSharedRows(encodeSharedRows(many));
        QVERIFY(!tooMany);
        QCOMPARE(tooMany.error().code, std::string("too_large"));
        QCOMPARE(decodeSharedRows("not json").error().code, std::string("malformed_json"));
    }

    void scopeCheckAgainstTheConsent()
    {
        const std::int64_t day = at("2025-03-01T00:00:00");
        const std::string cell500 = geo::cellOf(37.5665, 126.978, geo::Precision::M500).id();
        const std::string cell1k = geo::cellOf(37.5665, 126.978, geo::Precision::Km1).id();
        const std::string cell250 = geo::cellOf(37.5665, 126.978, geo::Precision::M250).id();
        const std::string cell100 = geo::cellOf(37.5665, 126.978, geo::Precision::M100).id();
        const Consent c =
            scoped({Category::Steps, Category::Mobility}, Aggregate::Daily, geo::Precision::M500);
        const SharedRow steps{Category::Steps, "count", Aggregate::Daily, day, 8000, 90, ""};
        const SharedRow place{Category::Mobility, "", Aggregate::Daily, day, 0, 4, cell500};
        QVERIFY(checkRowsAgainstConsent({steps, place}, c));
        // Coarser than the consent is within it.
        SharedRow monthly = steps;
        monthly.aggregate = Aggregate::Monthly;
        monthly.periodStart = day;
        SharedRow km = place;
        km.cell = cell1k;
        QVERIFY(checkRowsAgainstConsent({steps, monthly, km, place}, c));

        struct Bad
        {
            const char* name;
            std::vector<SharedRow> rows;
            const char* field;
        };
        SharedRow heart{Category::HeartRate, "count/min", Aggregate::Daily, day, 70, 10, ""};
        SharedRow hourly = steps;
        hourly.aggregate = Aggregate::Hourly;
        hourly.periodStart = day + 3600;
        SharedRow fine = place;
        fine.cell = cell250;
        SharedRow finest = place;
        finest.cell = cell100;
        SharedRow noCell = place;
        noCell.cell.clear();
        SharedRow stepsWithCell = steps;
        stepsWithCell.cell = cell500;
        SharedRow unaligned = steps;
        unaligned.periodStart = day + 60;
        SharedRow badUnit = steps;
        badUnit.unit = "steps";
        SharedRow notACell = place;
        notACell.cell = "500m:1:2:3";
        const std::vector<Bad> bads{
            {"category outside", {steps, heart}, "rows[1].category"},
            {"aggregate finer", {steps, place, hourly}, "rows[2].aggregate"},
            {"cell finer", {fine}, "rows[0].cell"},
            {"100 m cell", {steps, finest}, "rows[1].cell"},
            {"mobility without a cell", {noCell}, "rows[0].cell"},
            {"a cell on steps", {stepsWithCell}, "rows[0].cell"},
            {"not a cell id", {steps, notACell}, "rows[1].cell"},
            {"period not aligned", {unaligned}, "rows[0].period_start"},
            {"unknown unit", {badUnit}, "rows[0].unit"},
            {"a row twice", {steps, place, steps}, "rows[2]"},
        };
        for (const Bad& b : bads) {
            const Status s = checkRowsAgainstConsent(b.rows, c);
            QVERIFY2(!s, b.name);
            QCOMPARE(s.error().code, std::string("invalid_field"));
            QCOMPARE(s.error().field, std::string(b.field));
        }
        // A consent without places takes no Mobility row at all.
        const Consent noPlaces = scoped({Category::Steps}, Aggregate::Daily, geo::Precision::Exact);
        const Status s = checkRowsAgainstConsent({steps, place}, noPlaces);
        QVERIFY(!s);
        QCOMPARE(s.error().field, std::string("rows[1].category"));
    }
};

QTEST_GUILESS_MAIN(TestMydataConsent)
#include "test_mydata_consent.moc"
