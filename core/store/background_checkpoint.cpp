#include "core/store/background_checkpoint.h"

#include "core/store/database.h"

namespace balgul::core {

BackgroundCheckpoint::~BackgroundCheckpoint()
{
    wait();
}

void BackgroundCheckpoint::wait()
{
    if (m_thread.joinable())
        m_thread.join();
}

void BackgroundCheckpoint::start()
{
    if (m_running.load())
        return;
    wait(); // the last one ended: its thread is joined before the next starts
    m_running = true;
    m_thread = std::thread([this] {
        try {
            Database db;
            db.open(m_path, false);
            db.exec("PRAGMA wal_checkpoint(PASSIVE)");
            db.close();
        } catch (const SqlError&) {
            // Left to the store's next checkpoint.
        }
        ++m_finished;
        m_running = false;
    });
}

} // namespace balgul::core
