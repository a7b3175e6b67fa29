#include "server/work_pool.h"

#include <sys/resource.h>
#include <unistd.h>

namespace skillaid::server {

WorkPool::WorkPool(int threads, std::size_t max_queued) : max_queued_(max_queued) {
    for (int i = 0; i < threads; i++)
        threads_.emplace_back([this] { run(); });
}

WorkPool::~WorkPool() {
    {
        std::lock_guard<std::mutex> lock(mutex_);
        stopping_ = true;
        queue_.clear();
    }
    wake_.notify_all();
    for (std::thread& t : threads_)
        t.join();
}

bool WorkPool::try_post(std::function<void()> task) {
    {
        std::lock_guard<std::mutex> lock(mutex_);
        if (stopping_ || queue_.size() >= max_queued_)
            return false;
        queue_.push_back(std::move(task));
    }
    wake_.notify_one();
    return true;
}

void WorkPool::run() {
    // Lower than the io threads (a thread may always lower its own priority): a
    // burst of engine work then cannot delay /health, logins or static files.
    // Failing is harmless: the pool's bound still holds.
    setpriority(PRIO_PROCESS, static_cast<id_t>(gettid()), kWorkerNiceness);
    for (;;) {
        std::function<void()> task;
        {
            std::unique_lock<std::mutex> lock(mutex_);
            wake_.wait(lock, [this] { return stopping_ || !queue_.empty(); });
            if (stopping_)
                return;
            task = std::move(queue_.front());
            queue_.pop_front();
        }
        task();  // tasks catch their own exceptions (Server::route does)
    }
}

}  // namespace skillaid::server
