#include "ui/worker_progress.h"

#include <QProgressBar>

#include <algorithm>

namespace balgul::ui {

void showWorkerProgress(QProgressBar& bar, const WorkerProgress& progress)
{
    constexpr int kSteps = 1000;
    const std::int64_t total = progress.total();
    if (total <= 0)
        return;
    bar.setRange(0, kSteps);
    const std::int64_t done = std::min(progress.done(), total);
    bar.setValue(static_cast<int>(done * kSteps / total));
}

} // namespace balgul::ui
