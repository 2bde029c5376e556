// The pull page's fast reader (core/sync/pull_page_reader.h) held to the strict decoder: on the
// pages a hub sends it reads every change, as the strict decoder does, member for member and type
// for type; on anything else it either reads exactly what the strict decoder reads or leaves the
// text to it.

#include "core/demo/demo_generator.h"
#include "core/sync/pull_page_reader.h"
#include "core/util/time.h"

#include <Poco/JSON/Array.h>

#include <QRandomGenerator>
#include <QTest>

#include <string>
#include <vector>

using namespace balgul;
using namespace balgul::core::sync;

namespace {

/// What a hub sends: demo problems' fields as stored, a comment, a tombstone, `remaining`.
std::string hubPage(std::size_t problems)
{
    PullPage page;
    page.epoch = "3c9e1f0a-8b7d-4e6f-9a1b-2c3d4e5f6a7b";
    page.more = true;
    page.remaining = 41'000;
    std::int64_t seq = 1200;
    for (const auto& p : core::generateDemoProblems(problems, 3)) {
        Change c;
        c.seq = c.version = ++seq;
        c.entity = "problem";
        c.id = p.id;
        c.fields = new Poco::JSON::Object;
        c.fields->set("title", p.title);
        c.fields->set("description", p.description + "\n\t\"quoted\" \\ back/slash \x01");
        c.fields->set("category", p.category);
        c.fields->set("status", std::string(core::toString(p.status)));
        c.fields->set("lat", p.lat);
        c.fields->set("lon", p.lon);
        c.fields->set("address", p.address);
        c.fields->set("created", core::toIso8601(p.created));
        c.fields->set("author", std::string("민지"));
        c.fields->set("owner_id", std::string("0ae7c5eb-27c3-43a3-8771-36c6f74f4b1d"));
        page.changes.push_back(c);
    }
    Change comment;
    comment.seq = comment.version = ++seq;
    comment.entity = "comment";
    comment.id = "c7";
    comment.fields = new Poco::JSON::Object;
    comment.fields->set("problem_id", page.changes.front().id);
    comment.fields->set("text", std::string("저도 봤어요"));
    comment.fields->set("size", Poco::Int64{-42});
    comment.fields->set("duplicate_of", Poco::Dynamic::Var());
    comment.fields->set("pinned", true);
    page.changes.push_back(comment);
    Change gone;
    gone.seq = gone.version = ++seq;
    gone.entity = "support";
    gone.id = "p1:u1";
    gone.deleted = true;
    gone.fields = new Poco::JSON::Object;
    page.changes.push_back(gone);
    page.next = seq;
    return encode(page);
}

/// The same value, of the same type, member for member (Int64 against double would print alike).
bool sameVar(const Poco::Dynamic::Var& a, const Poco::Dynamic::Var& b);

bool sameObject(const Poco::JSON::Object::Ptr& a, const Poco::JSON::Object::Ptr& b)
{
    if (!a || !b || a->size() != b->size())
        return false;
    for (const auto& [name, value] : *a)
        if (!b->has(name) || !sameVar(value, b->get(name)))
            return false;
    return true;
}

bool sameVar(const Poco::Dynamic::Var& a, const Poco::Dynamic::Var& b)
{
    if (a.isEmpty() || b.isEmpty())
        return a.isEmpty() && b.isEmpty();
    if (a.type() != b.type())
        return false;
    if (a.type() == typeid(Poco::JSON::Object::Ptr))
        return sameObject(a.extract<Poco::JSON::Object::Ptr>(), b.extract<Poco::JSON::Object::Ptr>());
    if (a.type() == typeid(Poco::JSON::Array::Ptr)) {
        const auto x = a.extract<Poco::JSON::Array::Ptr>();
        const auto y = b.extract<Poco::JSON::Array::Ptr>();
        if (x->size() != y->size())
            return false;
        for (unsigned i = 0; i < x->size(); ++i)
            if (!sameVar(x->get(i), y->get(i)))
                return false;
        return true;
    }
    if (a.type() == typeid(double)) // -0.0 and 0.0 are told apart
        return std::signbit(a.extract<double>()) == std::signbit(b.extract<double>()) &&
               a.extract<double>() == b.extract<double>();
    return a == b;
}

bool samePage(const PullPage& a, const PullPage& b)
{
    if (a.changes.size() != b.changes.size() || a.next != b.next || a.more != b.more || a.epoch != b.epoch ||
        a.remaining != b.remaining)
        return false;
    for (std::size_t i = 0; i < a.changes.size(); ++i) {
        const Change& x = a.changes[i];
        const Change& y = b.changes[i];
        if (x.seq != y.seq || x.entity != y.entity || x.id != y.id || x.version != y.version ||
            x.deleted != y.deleted || !sameObject(x.fields, y.fields) || !y.fieldsJson.empty())
            return false;
        // The fast reader keeps the fields' text as it came: it reads back as the same object.
        if (!x.fieldsJson.empty()) {
            const auto again = parseObject(x.fieldsJson);
            if (!again || !sameObject(*again, y.fields))
                return false;
        }
    }
    return true;
}

/// The fast reader takes `text` only when the strict decoder does, and reads the same page.
bool agrees(const std::string& text)
{
    const auto fast = detail::readPullPage(text);
    if (!fast)
        return true;
    const auto strict = decodePullPageStrictly(text);
    return strict && samePage(*fast, *strict);
}

} // namespace

class TestPullPageReader : public QObject
{
    Q_OBJECT

private slots:
    void readsWhatAHubSends();
    void agreesOnEdges_data();
    void agreesOnEdges();
    void agreesOnDamagedPages();
};

void TestPullPageReader::readsWhatAHubSends()
{
    const std::string text = hubPage(200);
    const auto fast = detail::readPullPage(text);
    QVERIFY2(fast, "the fast reader gave a hub's page to the strict decoder");
    QCOMPARE(fast->changes.size(), std::size_t{202});
    const auto strict = decodePullPageStrictly(text);
    QVERIFY(strict);
    QVERIFY(samePage(*fast, *strict));
    // Each change keeps its fields' text as the page had it (what the store keeps as the hub's).
    QVERIFY(text.find(fast->changes.front().fieldsJson) != std::string::npos);
    QVERIFY(fast->changes.front().fieldsJson.front() == '{');
    QVERIFY(fast->changes.back().deleted);
    QCOMPARE(fast->remaining, std::int64_t{41'000});
    // decodePullPage takes the fast path and answers the same.
    const auto page = decodePullPage(text);
    QVERIFY(page && samePage(*page, *strict));
    // A full page of the protocol's size, and one more than it allows (too_large, strictly).
    const std::string full = hubPage(limits::kMaxPullPage - 2);
    QVERIFY(detail::readPullPage(full));
    const std::string over = hubPage(limits::kMaxPullPage - 1);
    QVERIFY(!detail::readPullPage(over));
    QCOMPARE(decodePullPage(over).error().code, std::string("too_large"));
}

void TestPullPageReader::agreesOnEdges_data()
{
    QTest::addColumn<QByteArray>("text");
    QTest::addColumn<bool>("fast"); // the fast reader takes it
    const auto page = [](const QByteArray& change, const QByteArray& rest = {}) {
        return QByteArray(R"({"changes":[)") + change + R"(],"next":8,"more":false,"epoch":"e1")" + rest +
               "}";
    };
    const auto withField = [&](const QByteArray& value) {
        return page(R"({"seq":8,"entity":"problem","id":"p1","version":8,"fields":{"v":)" + value + "}}");
    };
    QTest::addRow("empty page") << page({}) << true;
    QTest::addRow("no fields member")
        << page(R"({"seq":8,"entity":"problem","id":"p1","version":8})") << true;
    QTest::addRow("spaces everywhere")
        << QByteArray(" {\n\t\"changes\" : [ ] ,\r\n \"next\":0,\"more\":true ,"
                      " \"epoch\" : \"e\" } \n")
        << true;
    QTest::addRow("unknown members")
        << page(R"({"x":[1,{"y":null}],"seq":8,"entity":"p","id":"p1","version":8})",
                R"(,"later":{"a":[true,false]})")
        << true;
    QTest::addRow("whole number") << withField("123") << true;
    QTest::addRow("minus zero whole") << withField("-0") << true;
    QTest::addRow("minus zero real") << withField("-0.0") << true;
    QTest::addRow("largest int64") << withField("9223372036854775807") << true;
    QTest::addRow("smallest int64") << withField("-9223372036854775808") << true;
    QTest::addRow("past int64") << withField("9223372036854775808") << false;
    QTest::addRow("past uint64") << withField("18446744073709551616") << false;
    QTest::addRow("exponent") << withField("1e300") << true;
    QTest::addRow("exponent past double") << withField("1e999") << false;
    QTest::addRow("tiny") << withField("1e-400") << false;
    QTest::addRow("real") << withField("36.44524287566425") << true;
    QTest::addRow("leading zero") << withField("01") << false;
    QTest::addRow("bare point") << withField("1.") << false;
    QTest::addRow("point first") << withField(".5") << false;
    QTest::addRow("plus sign") << withField("+1") << false;
    QTest::addRow("NaN") << withField("NaN") << false;
    QTest::addRow("simple escapes") << withField(R"("\" \\ \/ \b \f \n \r \t")") << true;
    QTest::addRow("ascii escape") << withField(R"("\u0041\u007f")") << true;
    QTest::addRow("nul escape") << withField(R"("\u0000")") << false;
    QTest::addRow("unicode escape") << withField(R"("\u00e9")") << false;
    QTest::addRow("lone surrogate") << withField(R"("\ud800")") << false;
    QTest::addRow("bad escape") << withField(R"("\x41")") << false;
    QTest::addRow("raw control") << withField("\"a\x01z\"") << false;
    QTest::addRow("raw tab") << withField("\"a\tz\"") << false;
    QTest::addRow("not UTF-8") << withField("\"\xC3\x28\"") << false;
    QTest::addRow("literals") << withField("[true,false,null]") << true;
    QTest::addRow("literal run on") << withField("truex") << false;
    QTest::addRow("nested") << withField(R"({"a":{"b":[{"c":[]}]}})") << true;
    QTest::addRow("deep") << withField(QByteArray(40, '[') + QByteArray(40, ']')) << false;
    QTest::addRow("repeated field")
        << page(R"({"seq":8,"entity":"p","id":"p1","version":8,"fields":{"a":1,"a":2}})") << false;
    QTest::addRow("repeated member") << page(R"({"seq":8,"seq":9,"entity":"p","id":"p1","version":8})")
                                     << false;
    QTest::addRow("repeated next") << page({}, R"(,"next":9)") << false;
    QTest::addRow("seq as text") << page(R"({"seq":"8","entity":"p","id":"p1","version":8})") << false;
    QTest::addRow("seq real") << page(R"({"seq":8.0,"entity":"p","id":"p1","version":8})") << false;
    QTest::addRow("seq missing") << page(R"({"entity":"p","id":"p1","version":8})") << false;
    QTest::addRow("empty entity") << page(R"({"seq":8,"entity":"","id":"p1","version":8})") << false;
    QTest::addRow("long entity") << page(R"({"seq":8,"entity":")" + QByteArray(129, 'e') +
                                         R"(","id":"p1","version":8})")
                                 << false;
    QTest::addRow("deleted as number")
        << page(R"({"seq":8,"entity":"p","id":"p1","version":8,"deleted":1})") << false;
    QTest::addRow("fields as array") << page(R"({"seq":8,"entity":"p","id":"p1","version":8,"fields":[]})")
                                     << false;
    QTest::addRow("change as array") << page("[1]") << false;
    QTest::addRow("remaining") << page({}, R"(,"remaining":0)") << true;
    QTest::addRow("remaining below zero") << page({}, R"(,"remaining":-1)") << false;
    QTest::addRow("no epoch") << QByteArray(R"({"changes":[],"next":8,"more":false})") << false;
    QTest::addRow("trailing text") << page({}) + "x" << false;
    QTest::addRow("trailing comma") << QByteArray(R"({"changes":[],"next":8,"more":false,"epoch":"e1",})")
                                    << false;
    QTest::addRow("byte order mark") << "\xEF\xBB\xBF" + page({}) << false;
    QTest::addRow("not an object") << QByteArray("[]") << false;
    QTest::addRow("empty") << QByteArray() << false;
}

void TestPullPageReader::agreesOnEdges()
{
    QFETCH(QByteArray, text);
    QFETCH(bool, fast);
    const std::string s = text.toStdString();
    QCOMPARE(detail::readPullPage(s).has_value(), fast);
    QVERIFY(agrees(s));
    // Either way decodePullPage answers as the strict decoder does.
    const auto strict = decodePullPageStrictly(s);
    const auto page = decodePullPage(s);
    QCOMPARE(page.ok(), strict.ok());
    if (strict)
        QVERIFY(samePage(*page, *strict));
    else
        QCOMPARE(page.error().toString(), strict.error().toString());
}

void TestPullPageReader::agreesOnDamagedPages()
{
    // Bytes changed, dropped and doubled anywhere in a small hub page: whatever the fast reader
    // still takes, it reads as the strict decoder does.
    const std::string page = hubPage(3);
    QRandomGenerator random(20261204);
    const std::string alphabet = R"({}[]:,"\ -.0123456789eEtrufalsn)";
    int taken = 0;
    for (int i = 0; i < 4000; ++i) {
        std::string text = page;
        const int edits = 1 + static_cast<int>(random.bounded(3));
        for (int e = 0; e < edits; ++e) {
            const auto at = static_cast<std::size_t>(random.bounded(static_cast<quint32>(text.size())));
            switch (random.bounded(3)) {
            case 0:
                text[at] = alphabet[random.bounded(static_cast<quint32>(alphabet.size()))];
                break;
            case 1:
                text.erase(at, 1);
                break;
            default:
                text.insert(at, 1, text[at]);
                break;
            }
        }
        QVERIFY2(agrees(text), text.c_str());
        taken += detail::readPullPage(text) ? 1 : 0;
    }
    QVERIFY2(taken > 100, "the damaged pages hardly reached the fast reader");
}

QTEST_GUILESS_MAIN(TestPullPageReader)
#include "test_pull_page_reader.moc"
