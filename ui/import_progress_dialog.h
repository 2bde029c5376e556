#pragma once

#include "core/util/progress.h"

#include <QDialog>

#include <atomic>
#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;

namespace balgul::ui {

/// A GeoJSON import's progress as the worker reports it (core::importGeoJson), read by the dialog's
/// timer; Cancel sets the flag the import polls. Shared by the worker and the dialog.
class GeoJsonImportProgress final : public core::Progress
{
public:
    void report(std::string_view stage, std::int64_t done, std::int64_t total) override;
    bool cancelled() const override { return m_cancelled.load(); }

    void cancel() { m_cancelled.store(true); }
    std::int64_t features() const { return m_features.load(std::memory_order_relaxed); }
    /// Per mille of the file read, or of the rows indexed once indexing(); -1 while unknown.
    int perMille() const { return m_perMille.load(std::memory_order_relaxed); }
    bool indexing() const { return m_indexing.load(std::memory_order_relaxed); }

private:
    std::atomic<std::int64_t> m_features{0};
    std::atomic<int> m_perMille{-1};
    std::atomic<bool> m_indexing{false};
    std::atomic<bool> m_cancelled{false};
};

/// What the app shows while a GeoJSON file is imported: the features read so far and how much of the
/// file, then the search index being built, with Cancel (which imports nothing). Window-modal: the
/// store cannot take other changes until the import ends. Closed by the window when the import ends.
class ImportProgressDialog : public QDialog
{
    Q_OBJECT

public:
    ImportProgressDialog(const QString& fileName, std::shared_ptr<GeoJsonImportProgress> progress,
                         QWidget* parent = nullptr);

    /// Asks the import to stop (the Cancel button).
    void cancelImport();
    /// The line of counts as shown now (tests read it).
    QString countText() const;
    /// Esc and the window's close button cancel too; the window closes the dialog once the import
    /// has stopped.
    void reject() override;

private:
    void refresh();

    std::shared_ptr<GeoJsonImportProgress> m_progress;
    QLabel* m_counts = nullptr;
    QProgressBar* m_bar = nullptr;
    QPushButton* m_cancel = nullptr;
    QTimer* m_timer = nullptr;
};

} // namespace balgul::ui
