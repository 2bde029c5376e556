#pragma once

#include "ui/sync/sync_controller.h"

#include <QWidget>

class QLabel;
class QProgressBar;
class QToolButton;

namespace balgul::ui {

/// "Receiving from the hub: 300,000 of 1,000,000 · 25,000 a second · about 28 s left": the
/// counts of a round's stage, its rate and the time left at that rate (a new member's first sync
/// of a city hub takes a while).
QString syncProgressText(const SyncController::Progress& progress);

/// The status bar's progress of a long sync round: what it is doing with counts and the time
/// left, a bar, and Cancel (SyncController::stopRound: what arrived stays, the next sync carries
/// on from there). Shown only while a round has more than one request's worth to do.
class SyncProgressBar : public QWidget
{
    Q_OBJECT

public:
    explicit SyncProgressBar(SyncController& controller, QWidget* parent = nullptr);

private:
    void refresh();

    SyncController& m_controller;
    QLabel* m_label = nullptr;
    QProgressBar* m_bar = nullptr;
    QToolButton* m_cancel = nullptr;
};

} // namespace balgul::ui
