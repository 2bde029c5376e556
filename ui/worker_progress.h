#pragma once

// The progress of work on the thread pool as a dialog follows it: the worker reports into a
// core::Progress, the dialog's timer reads it into a progress bar, and Cancel sets the flag the
// worker polls (the sensor and MyData imports).

#include "core/util/progress.h"

#include <atomic>
#include <cstdint>
#include <string_view>

class QProgressBar;

namespace balgul::ui {

class WorkerProgress : public core::Progress
{
public:
    void report(std::string_view, std::int64_t done, std::int64_t total) override
    {
        m_done.store(done, std::memory_order_relaxed);
        m_total.store(total, std::memory_order_relaxed);
    }
    bool cancelled() const override { return m_cancelled.load(); }

    void cancel() { m_cancelled.store(true); }
    std::int64_t done() const { return m_done.load(std::memory_order_relaxed); }
    std::int64_t total() const { return m_total.load(std::memory_order_relaxed); }

private:
    std::atomic<std::int64_t> m_done{0};
    std::atomic<std::int64_t> m_total{-1};
    std::atomic<bool> m_cancelled{false};
};

/// Shows `progress` on `bar`: busy until the worker knows its total, then the share done.
void showWorkerProgress(QProgressBar& bar, const WorkerProgress& progress);

} // namespace balgul::ui
