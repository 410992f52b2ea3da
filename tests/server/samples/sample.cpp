#include <vector>
class Stack {
public:
    void push(int v) { data.push_back(v); }
    int size() const;
private:
    std::vector<int> data;
};
int Stack::size() const {
    return data.size();
}
template <typename T>
T twice(T x) {
    return x + x;
}
int main() {
    auto add = [](int a, int b) { return a + b; };
    return add(1, 2);
}
