#pragma once

// "For you" (the My Data dock's tab): problems and pilots on the resident's usual route and energy
// pilots when the household's electricity use is high for its size, each with a short reason
// ("On your usual route, 3 days a week"). Worked out on the vault's worker from the decrypted
// records and the store's problems and pilots (core/mydata/recommend.h); nothing about the
// resident leaves the computer. The household's size, asked here, is kept sealed in the vault.
//
// Widgets for tests: recommendationsTable (what, title, why), recommendationsEmpty, householdSize,
// recommendationsNote.

#include "core/mydata/recommend.h"

#include <QWidget>

#include <vector>

class QLabel;
class QSpinBox;
class QTableWidget;

namespace balgul::ui {

class VaultSession;

class RecommendationsView : public QWidget
{
    Q_OBJECT

public:
    explicit RecommendationsView(VaultSession& session, QWidget* parent = nullptr);

    /// Works the recommendations out again (only while the vault is unlocked).
    void refresh();
    /// Forgets what is shown (the vault locked).
    void clear();
    const std::vector<core::mydata::Recommendation>& recommendations() const { return m_items; }
    QTableWidget* table() const { return m_table; }
    QSpinBox* householdSize() const { return m_household; }
    bool isWorking() const { return m_working; }

signals:
    /// The recommendations on show changed.
    void updated();
    void showProblemRequested(qint64 rowid);
    void showPilotRequested(const QString& pilotId);

private:
    void showItems();
    void householdEdited();
    void activate(int row);

    VaultSession& m_session;
    std::vector<core::mydata::Recommendation> m_items;
    int m_generation = 0;
    bool m_working = false;
    bool m_loadingHousehold = false;
    QLabel* m_note = nullptr;
    QSpinBox* m_household = nullptr;
    QLabel* m_empty = nullptr;
    QTableWidget* m_table = nullptr;
};

/// Why it is recommended, in a short sentence or two ("On your usual route, 3 days a week, within
/// 40 m").
QString recommendationReason(const core::mydata::Recommendation& recommendation);

} // namespace balgul::ui
