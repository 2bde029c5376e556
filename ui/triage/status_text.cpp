#include "ui/triage/status_text.h"

#include "ui/category_names.h"

#include <QCoreApplication>

namespace balgul::ui {

namespace {

class StatusText
{
    Q_DECLARE_TR_FUNCTIONS(StatusText)

public:
    static QString reason(core::triage::CloseReason reason)
    {
        switch (reason) {
        case core::triage::CloseReason::None:
            return {};
        case core::triage::CloseReason::Duplicate:
            return tr("duplicate");
        case core::triage::CloseReason::OutOfRemit:
            return tr("out of the city's remit");
        case core::triage::CloseReason::NotReproducible:
            return tr("not reproducible");
        case core::triage::CloseReason::Referred:
            return tr("referred to another body");
        }
        return {};
    }

    static QString change(const core::triage::StatusChange& c)
    {
        QString text = tr("%1 → %2").arg(statusName(c.from), statusName(c.to));
        if (c.reason != core::triage::CloseReason::None)
            text = tr("%1 (%2)").arg(text, reason(c.reason));
        return text;
    }
};

} // namespace

QString closeReasonName(core::triage::CloseReason reason)
{
    return StatusText::reason(reason);
}

QString statusChangeText(const core::triage::StatusChange& change)
{
    return StatusText::change(change);
}

} // namespace balgul::ui
