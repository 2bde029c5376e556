// The hand-over between a bulk write's threads (core/util/batch_queue.h): every batch arrives once
// and in order, no more than the capacity waits, and either side ends it without the other hanging.

#include "core/util/batch_queue.h"

#include <QObject>
#include <QTest>

#include <atomic>
#include <chrono>
#include <thread>
#include <vector>

using namespace balgul::core;
using namespace std::chrono_literals;

class TestBatchQueue : public QObject
{
    Q_OBJECT

private slots:
    void everyBatchOnceInOrderWithinTheCapacity()
    {
        BatchQueue<int> queue(3);
        std::atomic<int> put{0};
        std::atomic<bool> refused{false};
        std::thread producer([&] {
            for (int i = 0; i < 1000; ++i) {
                refused = refused || !queue.put(i);
                ++put;
            }
            queue.finish();
        });
        std::vector<int> taken;
        while (auto batch = queue.take()) {
            // What was handed over and not taken yet never exceeds the capacity (one more may be
            // past put() and not counted yet).
            QVERIFY(put.load() - static_cast<int>(taken.size()) <= 4);
            taken.push_back(*batch);
            if (taken.size() % 100 == 0)
                std::this_thread::sleep_for(1ms); // a slow consumer: the producer waits for room
        }
        producer.join();
        QVERIFY(!refused.load());
        QCOMPARE(taken.size(), std::size_t(1000));
        for (int i = 0; i < 1000; ++i)
            QCOMPARE(taken[static_cast<std::size_t>(i)], i);
        QVERIFY(!queue.take()); // finished stays finished
    }

    void aStoppedConsumerReleasesAWaitingProducer()
    {
        BatchQueue<int> queue(2);
        QVERIFY(queue.put(1));
        QVERIFY(queue.put(2));
        std::atomic<bool> returned{false};
        std::atomic<bool> answer{true};
        std::thread producer([&] {
            answer = queue.put(3); // full: waits
            returned = true;
        });
        std::this_thread::sleep_for(20ms);
        QVERIFY(!returned.load());
        queue.stop();
        producer.join();
        QVERIFY(!answer.load());
        QVERIFY(!queue.put(4));
        QVERIFY(!queue.take()); // the waiting batches were dropped
    }

    void aFinishedProducerLetsTheRestBeTaken()
    {
        BatchQueue<std::vector<int>> queue(4);
        QVERIFY(queue.put({1, 2}));
        QVERIFY(queue.put({3}));
        queue.finish();
        QCOMPARE(*queue.take(), (std::vector<int>{1, 2}));
        QCOMPARE(*queue.take(), (std::vector<int>{3}));
        QVERIFY(!queue.take());
    }
};

QTEST_GUILESS_MAIN(TestBatchQueue)
#include "test_batch_queue.moc"
