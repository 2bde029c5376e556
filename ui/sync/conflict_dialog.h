#pragma once

#include "core/store/store.h"

#include <QDialog>
#include <QList>

#include <string>
#include <vector>

class QDialogButtonBox;
class QLabel;
class QRadioButton;

namespace balgul::ui {

/// Settles the conflicts of one problem: one row per field the hub and this computer changed
/// differently, with both values and a choice between them (the hub's by default). Apply
/// calls Store::resolveConflict for every row; nothing changes on Cancel.
///
/// Widgets for tests: per row `mine_<n>` and `hub_<n>` radio buttons (n from 0 in conflicts()
/// order), `conflictError`, and the Apply button `applyButton`.
class ConflictDialog : public QDialog
{
    Q_OBJECT

public:
    ConflictDialog(core::Store& store, const std::string& problemId, QWidget* parent = nullptr);

    const std::vector<core::SyncConflict>& conflicts() const { return m_conflicts; }
    /// Chooses a side for row `row` (as a click would).
    void choose(int row, core::ConflictChoice choice);

public slots:
    void accept() override;

private:
    core::Store& m_store;
    std::string m_problemId;
    std::vector<core::SyncConflict> m_conflicts;
    QList<QRadioButton*> m_mine;
    QLabel* m_error = nullptr;
};

} // namespace balgul::ui
