// Pilots in the client store and as the protocol carries them: the zone's GeoJSON (file, line and
// field in errors), goals, the whole field set, the store's create / edit / phase with their ops and
// history, a citizen's refusal, and pulled pilots and phase entries.

#include "core/pilots/pilot_json.h"
#include "core/store/store.h"
#include "core/sync/protocol.h"
#include "tests/support/push_answers.h"

#include <QObject>
#include <QTemporaryDir>
#include <QTest>
#include <algorithm>

using namespace balgul::core;
using namespace balgul::core::pilots;
using namespace std::chrono;

namespace {

Problem sample(const std::string& title)
{
    Problem p;
    p.title = title;
    p.category = "air";
    p.lat = 36.35;
    p.lon = 127.38;
    return p;
}

Ring square(double lat, double lon, double size)
{
    return {{lat, lon}, {lat, lon + size}, {lat + size, lon + size}, {lat + size, lon}};
}

PilotFields fieldsFor(const std::vector<std::string>& problems)
{
    PilotFields f;
    f.title = "Eunhaeng-dong clean-air streets";
    f.description = "Trees and no idling around two schools.";
    f.hypothesis = "PM2.5 falls where idling stops.";
    f.problemIds = problems;
    f.zone = {square(36.32, 127.42, 0.01)};
    f.start = 2026y / March / 1d;
    f.end = 2026y / August / 31d;
    f.costKrw = 30000000;
    f.goals = {Goal{GoalQuantity::Pm25, {}, GoalStatistic::Mean24h, GoalDirection::Decrease, 10}};
    return f;
}

sync::Change change(const std::string& entity, const std::string& id, std::int64_t version,
                    const std::string& fieldsJson)
{
    sync::Change c;
    c.seq = version;
    c.entity = entity;
    c.id = id;
    c.version = version;
    c.fields = *sync::parseObject(fieldsJson);
    return c;
}

} // namespace

class TestPilotStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_n = 0;
    std::unique_ptr<Store> fresh()
    {
        StoreOptions options;
        options.userName = "lab";
        auto s =
            Store::open((m_dir.path() + QStringLiteral("/p%1.sqlite").arg(++m_n)).toStdString(), options);
        return s ? std::move(*s) : nullptr;
    }
    static std::string lastOpFields(Store& store)
    {
        const auto ops = store.outbox(1000);
        return ops.empty() ? std::string() : ops.back().fieldsJson;
    }

private slots:
    void zoneReadsPolygonsFeaturesAndCollections()
    {
        auto zone = parseZone(
            R"({"type":"Polygon","coordinates":[[[127.38,36.35],[127.39,36.35],[127.39,36.36],[127.38,36.35]]]})");
        QVERIFY2(zone.ok(), zone.ok() ? "" : zone.error().toString().c_str());
        QCOMPARE(zone->size(), std::size_t(1));
        QCOMPARE(zone->front().size(), std::size_t(3)); // the closing position is dropped
        QCOMPARE(zone->front()[1].lon, 127.39);
        QCOMPARE(zone->front()[1].lat, 36.35);

        const std::string collection =
            "{\"type\":\"FeatureCollection\",\"features\":[\n{\"type\":\"Feature\",\"properties\":{},"
            "\"geometry\":{\"type\":\"MultiPolygon\",\"coordinates\":[[[[0,0],[1,0],[1,1]]],[[[2,0],[3,0],[3,"
            "1]]]]}},\n{\"type\":\"Feature\",\"properties\":{},\"geometry\":{\"type\":\"Polygon\","
            "\"coordinates\":[[[5,5],[6,5],[6,6],[5,6]]]}}]}";
        zone = parseZone(collection);
        QVERIFY(zone.ok());
        QCOMPARE(zone->size(), std::size_t(3));
        QCOMPARE(zone->back().size(), std::size_t(4));
        const auto box = zoneBounds(*zone);
        QVERIFY(box);
        QCOMPARE(box->first.lat, 0.0);
        QCOMPARE(box->first.lon, 0.0);
        QCOMPARE(box->second.lat, 6.0);
        QCOMPARE(box->second.lon, 6.0);
        QVERIFY(!zoneBounds({}));

        // Written back: a closed, counter-clockwise MultiPolygon that reads the same.
        const std::string text = zoneToGeoJson(*zone);
        QVERIFY(text.rfind(R"({"type":"MultiPolygon","coordinates":[[[[0,0],[1,0],[1,1],[0,0]]])", 0) == 0);
        auto again = parseZone(text);
        QVERIFY(again.ok());
        QCOMPARE(again->size(), zone->size());
        const Ring clockwise = {{0, 0}, {1, 0}, {1, 1}, {0, 1}}; // lat, lon: clockwise on the map
        QVERIFY(zoneToGeoJson({clockwise}).find("[[1,0],[1,1],[0,1],[0,0],[1,0]]") !=
                std::string::npos); // reversed
    }

    void zoneErrorsNameFileLineAndField_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("field");
        QTest::addColumn<int>("line");
        QTest::addColumn<QString>("words");
        QTest::newRow("bow tie")
            << "{\"type\":\"Polygon\",\"coordinates\":\n[[[0,0],[1,1],[1,0],[0,1],[0,0]]]}"
            << "invalid_field"
            << "coordinates[0]" << 2 << "crosses itself between vertices";
        QTest::newRow("a point") << "{\"type\":\"FeatureCollection\",\"features\":[\n{\"type\":\"Feature\","
                                    "\"geometry\":{\"type\":\"Point\",\"coordinates\":[1,2]}}]}"
                                 << "invalid_field"
                                 << "features[0].geometry.type" << 2 << "not Point";
        QTest::newRow("hole") << "{\"type\":\"Polygon\",\"coordinates\":[[[0,0],[4,0],[4,4],[0,0]],\n[[1,1],["
                                 "2,1],[2,2],[1,1]]]}"
                              << "invalid_field"
                              << "coordinates[1]" << 2 << "holes";
        QTest::newRow("latitude first")
            << R"({"type":"Polygon","coordinates":[[[36,127],[36,128],[37,128]]]})"
            << "invalid_field"
            << "coordinates[0][0]" << 1 << "longitude first";
        QTest::newRow("two vertices") << R"({"type":"Polygon","coordinates":[[[0,0],[1,1]]]})"
                                      << "invalid_field"
                                      << "coordinates[0]" << 1 << "at least 3";
        QTest::newRow("not json") << "{\"type\": \"Polygon\",\n oops}"
                                  << "invalid_json"
                                  << "" << 2 << "";
        QTest::newRow("empty collection") << R"({"type":"FeatureCollection","features":[]})"
                                          << "invalid_field"
                                          << "zone" << 1 << "no polygon";
    }

    void zoneErrorsNameFileLineAndField()
    {
        QFETCH(QString, text);
        QFETCH(QString, code);
        QFETCH(QString, field);
        QFETCH(int, line);
        QFETCH(QString, words);
        auto zone = parseZone(text.toStdString(), "zone.geojson");
        QVERIFY(!zone.ok());
        const Error& e = zone.error();
        QCOMPARE(QString::fromStdString(e.code), code);
        QCOMPARE(e.file, std::string("zone.geojson"));
        QCOMPARE(e.line, long(line));
        if (!field.isEmpty())
            QCOMPARE(QString::fromStdString(e.field), field);
        QVERIFY2(QString::fromStdString(e.message).contains(words), e.message.c_str());
    }

    void goalsAndWholeFieldsRoundTrip()
    {
        PilotFields f = fieldsFor({"018f6b7e-1111-7000-8000-000000000001"});
        f.goals.push_back(Goal{GoalQuantity::ProblemCount, "traffic", GoalStatistic::CountPerWeek,
                               GoalDirection::Decrease, 25});
        auto object = pilotSyncFields(f);
        auto back = pilotFromSyncFields(*object);
        QVERIFY2(back.ok(), back.ok() ? "" : back.error().toString().c_str());
        QCOMPARE(back->title, f.title);
        QCOMPARE(back->problemIds, f.problemIds);
        QCOMPARE(back->zone.size(), std::size_t(1));
        QVERIFY(back->start == f.start && back->end == f.end);
        QCOMPARE(back->costKrw, f.costKrw);
        QCOMPARE(back->goals.size(), std::size_t(2));
        QCOMPARE(back->goals[1].category, std::string("traffic"));
        QCOMPARE(back->goals[1].targetPercent, 25.0);

        // One day too long: the six-month rule names `end`.
        object->set("end", std::string("2026-09-01"));
        auto refused = pilotFromSyncFields(*object);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().field, std::string("end"));
        object->set("end", std::string("2026-08-31"));
        object->set(
            "goals",
            std::string(
                R"([{"quantity":"pm25","statistic":"count_per_week","direction":"decrease","target_percent":10}])"));
        refused = pilotFromSyncFields(*object);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().field, std::string("goals[0].statistic"));
        object->set(
            "goals",
            std::string(
                R"([{"quantity":"pm25","statistic":"mean_24h","direction":"down","target_percent":10}])"));
        QCOMPARE(pilotFromSyncFields(*object).error().field, std::string("goals[0].direction"));
        object->set(
            "goals",
            std::string(
                R"([{"quantity":"pm25","statistic":"mean_24h","direction":"decrease","target_percent":10,"x":1}])"));
        QCOMPARE(pilotFromSyncFields(*object).error().field, std::string("goals[0].x"));
    }

    void coordinatorMakesMovesAndEditsAPilot()
    {
        auto store = fresh();
        QVERIFY(store);
        auto a = store->createProblem(sample("Idling buses at the school gate"));
        auto b = store->createProblem(sample("Dust from the building site"));
        QVERIFY(a && b);
        const std::int64_t opsBefore = store->outboxSize();

        // Unknown problems and broken rules are refused before anything is written.
        auto refused = store->createPilot(fieldsFor({a->id, "018f6b7e-1111-7000-8000-00000000ffff"}));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().field, std::string("problem_ids[1]"));
        PilotFields tooLong = fieldsFor({a->id});
        tooLong.end = 2026y / September / 1d;
        QCOMPARE(store->createPilot(tooLong).error().field, std::string("end"));
        PilotFields crossing = fieldsFor({a->id});
        crossing.zone = {{{0, 0}, {1, 1}, {0, 1}, {1, 0}}};
        QCOMPARE(store->createPilot(crossing).error().field, std::string("zone[0]"));
        QCOMPARE(store->outboxSize(), opsBefore);
        QVERIFY(store->pilots().empty());

        auto made = store->createPilot(fieldsFor({a->id, b->id}));
        QVERIFY2(made.ok(), made.ok() ? "" : made.error().toString().c_str());
        QVERIFY(made->phase == PilotPhase::Proposed);
        QCOMPARE(store->outboxSize(), opsBefore + 1);
        auto op = sync::parseObject(lastOpFields(*store));
        QVERIFY(op.ok());
        QCOMPARE((*op)->getValue<std::string>("phase"), std::string("proposed"));
        QVERIFY(pilotFromSyncFields(**op).ok()); // every field, as the hub will check them
        QCOMPARE(store->pilotsOfProblem(b->id).size(), std::size_t(1));
        QCOMPARE(store->pilotsOfProblem(b->id).front().id, made->id);

        // Phases move only along the allowed transitions, each an entry of the history.
        auto skipped = store->setPilotPhase(made->id, PilotPhase::Running, "go");
        QVERIFY(!skipped.ok());
        QCOMPARE(skipped.error().code, std::string("invalid_transition"));
        QVERIFY(store->setPilotPhase(made->id, PilotPhase::Selected, "the lab chose it").ok());
        QVERIFY(store->setPilotPhase(made->id, PilotPhase::Running, "trees planted").ok());
        QVERIFY(store->pilot(made->id)->phase == PilotPhase::Running);
        op = sync::parseObject(lastOpFields(*store));
        QCOMPARE((*op)->size(), std::size_t(2));
        QCOMPARE((*op)->getValue<std::string>("phase"), std::string("running"));
        QCOMPARE((*op)->getValue<std::string>("phase_note"), std::string("trees planted"));
        const auto history = store->pilotHistory(made->id);
        QCOMPARE(history.size(), std::size_t(3));
        QVERIFY(history[0].to == PilotPhase::Running);
        QVERIFY(*history[0].from == PilotPhase::Selected);
        QVERIFY(!history[2].from);
        QVERIFY(history[0].local);

        // An edit queues only what changed.
        PilotFields edited = store->pilot(made->id)->fields;
        edited.costKrw = 45000000;
        QVERIFY(store->updatePilot(made->id, edited).ok());
        op = sync::parseObject(lastOpFields(*store));
        QCOMPARE((*op)->size(), std::size_t(1));
        QCOMPARE((*op)->getValue<Poco::Int64>("cost_krw"), Poco::Int64(45000000));
        QCOMPARE(store->pilot(made->id)->fields.costKrw, std::int64_t(45000000));
    }

    void aPilotTheHubRefusedSaysWhy()
    {
        // Made and moved to voting here, all refused in one answer because the hub lacks its
        // problem: the pilot keeps the first refusal (the cause) until the hub takes a change.
        auto store = fresh();
        QVERIFY(store);
        auto a = store->createProblem(sample("Idling buses at the school gate"));
        QVERIFY(a);
        const auto problemOps = store->outbox();
        auto made = store->createPilot(fieldsFor({a->id}));
        QVERIFY(made);
        QVERIFY(store->setPilotPhase(made->id, PilotPhase::Voting, "to the vote"));
        auto ops = store->outbox();
        ops.erase(ops.begin(), ops.begin() + static_cast<std::ptrdiff_t>(problemOps.size()));
        auto results = balgul::test::answersTo(ops, sync::OpStatus::Rejected, "invalid_field",
                                               "title: is needed to create a pilot");
        results.front().message = "problem_ids[0]: the hub has no such problem";
        QVERIFY(std::any_of(ops.begin(), ops.end(), [](const auto& op) { return op.entity == "pilot"; }));
        QVERIFY(store->recordPushResults(ops, results));
        const auto refused = store->pilot(made->id);
        QVERIFY(refused);
        QCOMPARE(refused->refusalCode, std::string("invalid_field"));
        QCOMPARE(refused->refusalMessage, std::string("problem_ids[0]: the hub has no such problem"));
        QCOMPARE(store->pilots().front().refusalCode, std::string("invalid_field"));
        // Its history made here (the proposal and the move) says so: nothing of it is sent again.
        const auto history = store->pilotHistory(made->id);
        QCOMPARE(history.size(), std::size_t(2));
        for (const auto& entry : history)
            QVERIFY(entry.local && entry.refused);

        // Sent again and taken: the refusal is gone.
        PilotFields edited = made->fields;
        edited.costKrw = 20000000;
        QVERIFY(store->updatePilot(made->id, edited));
        for (const auto& entry : store->pilotHistory(made->id))
            QVERIFY(entry.local && !entry.refused); // waiting to be sent again
        auto again = store->outbox();
        again.erase(again.begin(), again.begin() + static_cast<std::ptrdiff_t>(problemOps.size()));
        QVERIFY(store->recordPushResults(again,
                                         balgul::test::answersTo(again, sync::OpStatus::Applied, {}, {}, 7)));
        QCOMPARE(store->pilot(made->id)->refusalCode, std::string());
    }

    void citizenCannotMakePilots()
    {
        auto store = fresh();
        auto a = store->createProblem(sample("Dust"));
        QVERIFY(a);
        QVERIFY(store->setSyncValue("hub_user_id", "018f6b7e-2222-7000-8000-000000000001").ok());
        QVERIFY(store->setSyncValue("hub_role", "citizen").ok());
        auto refused = store->createPilot(fieldsFor({a->id}));
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, std::string("forbidden"));
        QVERIFY(store->setSyncValue("hub_role", "coordinator").ok());
        QVERIFY(store->createPilot(fieldsFor({a->id})).ok());
    }

    void pulledPilotsAndEntries()
    {
        auto store = fresh();
        auto a = store->createProblem(sample("Dust"));
        QVERIFY(a);
        const std::string pilotId = "018f6b7e-3333-7000-8000-000000000001";
        auto fields = pilotSyncFields(fieldsFor({a->id}));
        fields->set("phase", std::string("selected"));
        fields->set("author", std::string("lab"));
        fields->set("author_id", std::string("018f6b7e-2222-7000-8000-000000000009"));
        const std::string made = "{\"pilot_id\":\"" + pilotId +
                                 "\",\"from\":\"\",\"to\":\"proposed\",\"note\":\"\",\"author\":\"lab\","
                                 "\"at\":\"2026-02-01T09:00:00Z\"}";
        const std::string moved = "{\"pilot_id\":\"" + pilotId +
                                  "\",\"from\":\"proposed\",\"to\":\"selected\",\"note\":\"chosen\","
                                  "\"author\":\"lab\",\"at\":\"2026-02-02T09:00:00Z\"}";
        auto applied = store->applyPullPage(
            {change("pilot", pilotId, 5, sync::stringify(fields)),
             change("pilot_phase_change", "018f6b7e-4444-7000-8000-000000000001", 6, made),
             change("pilot_phase_change", "018f6b7e-4444-7000-8000-000000000002", 7, moved)},
            7, "e1");
        QVERIFY2(applied.ok(), applied.ok() ? "" : applied.error().toString().c_str());
        const auto p = store->pilot(pilotId);
        QVERIFY(p);
        QVERIFY(p->phase == PilotPhase::Selected);
        QCOMPARE(p->author, std::string("lab"));
        QCOMPARE(p->version, std::int64_t(5));
        QCOMPARE(p->fields.problemIds, std::vector<std::string>{a->id});
        QCOMPARE(p->fields.zone.size(), std::size_t(1));
        const auto history = store->pilotHistory(pilotId);
        QCOMPARE(history.size(), std::size_t(2));
        QCOMPARE(history[0].note, std::string("chosen"));
        QVERIFY(!history[0].local);

        // A local move, then the hub's entry for it replaces the local one.
        QVERIFY(store->setPilotPhase(pilotId, PilotPhase::Running, "started").ok());
        QCOMPARE(store->pilotHistory(pilotId).size(), std::size_t(3));
        const std::string running = "{\"pilot_id\":\"" + pilotId +
                                    "\",\"from\":\"selected\",\"to\":\"running\",\"note\":\"started\","
                                    "\"author\":\"lab\",\"at\":\"2026-03-01T09:00:00Z\"}";
        QVERIFY(store->applyPullPage(
            {change("pilot_phase_change", "018f6b7e-4444-7000-8000-000000000003", 9, running)}, 9, "e1"));
        const auto after = store->pilotHistory(pilotId);
        QCOMPARE(after.size(), std::size_t(3));
        QVERIFY(!after[0].local);
        QCOMPARE(after[0].id, std::string("018f6b7e-4444-7000-8000-000000000003"));
        // The pending phase op keeps the local phase against an older pulled one.
        QVERIFY(store->pilot(pilotId)->phase == PilotPhase::Running);
    }

    void entriesOfOnePushKeepTheirOrder()
    {
        // The hub gives the moves of one push one time; their ids say nothing of their order.
        auto store = fresh();
        const std::string pilotId = "018f6b7e-3333-7000-8000-000000000002";
        const auto entry = [&](const char* from, const char* to) {
            return "{\"pilot_id\":\"" + pilotId + "\",\"from\":\"" + from + "\",\"to\":\"" + to +
                   "\",\"at\":\"2026-02-01T09:00:00Z\"}";
        };
        QVERIFY(store->applyPullPage(
            {change("pilot_phase_change", "f0000000-0000-4000-8000-000000000001", 3,
                    entry("selected", "running")),
             change("pilot_phase_change", "a0000000-0000-4000-8000-000000000002", 4, entry("", "proposed")),
             change("pilot_phase_change", "c0000000-0000-4000-8000-000000000003", 5,
                    entry("proposed", "selected"))},
            5, "e1"));
        const auto history = store->pilotHistory(pilotId);
        QCOMPARE(history.size(), std::size_t(3));
        QVERIFY(history[0].to == PilotPhase::Running);
        QVERIFY(history[1].to == PilotPhase::Selected);
        QVERIFY(history[2].to == PilotPhase::Proposed && !history[2].from);
    }

    void testersAndFeedback()
    {
        auto store = fresh();
        auto a = store->createProblem(sample("Dust"));
        QVERIFY(a);
        auto made = store->createPilot(fieldsFor({a->id}));
        QVERIFY(made.ok());
        const std::int64_t ops = store->outboxSize();

        // Feedback needs a tester; a rating is 1 to 5; the text is not empty.
        QCOMPARE(store->addPilotFeedback(made->id, "Quieter mornings", 4).error().code,
                 std::string("forbidden"));
        QVERIFY(store->setPilotTester(made->id, true).ok());
        QVERIFY(store->setPilotTester(made->id, true).ok()); // twice changes nothing
        QCOMPARE(store->outboxSize(), ops + 1);
        QVERIFY(store->isPilotTester(made->id));
        QCOMPARE(store->pilotTesters(made->id), std::vector<std::string>{"lab"});
        QCOMPARE(store->addPilotFeedback(made->id, "x", 6).error().field, std::string("rating"));
        QCOMPARE(store->addPilotFeedback(made->id, "   ", std::nullopt).error().field, std::string("text"));
        auto said = store->addPilotFeedback(made->id, "Quieter mornings at the gate", 4);
        QVERIFY2(said.ok(), said.ok() ? "" : said.error().toString().c_str());
        QCOMPARE(store->outboxSize(), ops + 2);
        auto op = sync::parseObject(lastOpFields(*store));
        QCOMPARE((*op)->getValue<std::string>("pilot_id"), made->id);
        QCOMPARE((*op)->getValue<int>("rating"), 4);
        QCOMPARE(store->pilotFeedback(made->id).size(), std::size_t(1));

        // Leaving queues a delete; an evaluated pilot takes no more testers.
        QVERIFY(store->setPilotTester(made->id, false).ok());
        QCOMPARE(store->outboxSize(), ops + 3);
        QCOMPARE(store->outbox(1000).back().kind, std::string("delete"));
        QVERIFY(!store->isPilotTester(made->id));

        // Another resident's tester row and feedback come with a pull; a tombstone takes the row away.
        const std::string other = "018f6b7e-2222-7000-8000-00000000aaaa";
        QVERIFY(store->applyPullPage(
            {change("pilot_tester", made->id + ":" + other, 20,
                    "{\"pilot_id\":\"" + made->id + "\",\"user\":\"jun\",\"user_id\":\"" + other +
                        "\",\"owner_id\":\"" + other + "\"}"),
             change("pilot_feedback", "018f6b7e-5555-7000-8000-000000000001", 21,
                    "{\"pilot_id\":\"" + made->id +
                        "\",\"text\":\"Buses still idle at 8\",\"rating\":2,\"author\":\"jun\","
                        "\"created\":\"2026-03-02T08:00:00Z\"}")},
            21, "e1"));
        QCOMPARE(store->pilotTesters(made->id), std::vector<std::string>{"jun"});
        const auto feedback = store->pilotFeedback(made->id);
        QCOMPARE(feedback.size(), std::size_t(2));
        auto theirs = std::find_if(feedback.begin(), feedback.end(),
                                   [](const Feedback& f) { return f.author == "jun"; });
        QVERIFY(theirs != feedback.end());
        QCOMPARE(*theirs->rating, 2);
        sync::Change gone = change("pilot_tester", made->id + ":" + other, 22,
                                   "{\"pilot_id\":\"" + made->id + "\",\"user_id\":\"" + other + "\"}");
        gone.deleted = true;
        QVERIFY(store->applyPullPage({gone}, 22, "e1"));
        QVERIFY(store->pilotTesters(made->id).empty());
    }
};

QTEST_GUILESS_MAIN(TestPilotStore)
#include "test_pilot_store.moc"
